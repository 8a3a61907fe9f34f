#!/usr/bin/env python3
# Usage: python3 tests/tools/crd_rules_real_server.py [extra.yaml ...] (needs a real kube-apiserver in
# /tmp/meshctl-apiserver, /tmp/crd/crds.yaml = the CRDs of `meshctl manifest generate`, and a built
# `cargo build -p meshctl-testapi --example serve`). Not part of the test suite: a fidelity check.
# Same kubectl commands against the real kube-apiserver and the test API server; compares
# exit codes and the refusal text, fixture by fixture.
import subprocess, glob, os, sys, time, re
K='/tmp/meshctl-apiserver/bin/kubectl'
real=dict(os.environ, KUBECONFIG='/tmp/meshctl-apiserver/kubeconfig')
srv=subprocess.Popen(['/work/wt-crd/target/debug/examples/serve'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
kc=srv.stdout.readline().strip()
test=dict(os.environ, KUBECONFIG=kc)
print(subprocess.run([K,'apply','--validate=false','--server-side','-f','/tmp/crd/crds.yaml'],env=test,capture_output=True,text=True).stderr[:500])
print(subprocess.run([K,'create','--validate=false','-f','-'],input='apiVersion: v1\nkind: Namespace\nmetadata:\n  name: crd-tests\n',env=test,capture_output=True,text=True))
time.sleep(3)
subprocess.run([K,'apply','--server-side','--force-conflicts','-f','/tmp/crd/crds.yaml'],env=real,capture_output=True)
time.sleep(2)
files=sorted(glob.glob('/work/wt-crd/tests/testdata/crd_rules/*.yaml'))+sys.argv[1:]
same=diff=0
for f in files:
    for i,d in enumerate(open(f).read().split('\n---\n')):
        r=[subprocess.run([K,'create','--validate=false','--dry-run=server','-o','name','-f','-'],input=d,capture_output=True,text=True,env=e) for e in (real,test)]
        # Go's map order makes kube-apiserver's cause order vary from run to run: compare sets.
        norm=lambda p: (p.returncode, sorted(x.strip('* ') for x in p.stderr.strip().split('\n')))
        a=norm(r[0]); b=norm(r[1])
        if a==b: same+=1
        else:
            diff+=1; print(os.path.basename(f), i, '\n  real:', a, '\n  test:', b)
print(f'identical answers: {same}/{same+diff}')
srv.stdin.close(); srv.wait()
