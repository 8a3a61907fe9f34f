# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_meshctl_global_optspecs
    string join \n c/kubeconfig= context= n/namespace= i/istioNamespace= kubeclient-timeout= v/verbose h/help V/version
end

function __fish_meshctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_meshctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_meshctl_using_subcommand
    set -l cmd (__fish_meshctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c meshctl -n "__fish_meshctl_needs_command" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_needs_command" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_needs_command" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_needs_command" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_needs_command" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_needs_command" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_needs_command" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_needs_command" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "version" -d 'Print meshctl\'s version and the Istio release it installs'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "manifest" -d 'Render the Istio control plane manifests'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "profile" -d 'List, dump and compare configuration profiles'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "kube-inject" -d 'Add the Istio sidecar to the workloads in a YAML file'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "completion" -d 'Generate shell completion scripts'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "install" -d 'Install the Istio control plane into the cluster'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "apply" -d 'Install the Istio control plane into the cluster'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "upgrade" -d 'Install the Istio control plane into the cluster'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "uninstall" -d 'Remove the Istio control plane from the cluster'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "verify-install" -d 'Check that the installed control plane exists and is ready'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "dashboard" -d 'Open a mesh web UI (Kiali, Grafana, Prometheus, Jaeger, …) through a port-forward'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "dash" -d 'Open a mesh web UI (Kiali, Grafana, Prometheus, Jaeger, …) through a port-forward'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "d" -d 'Open a mesh web UI (Kiali, Grafana, Prometheus, Jaeger, …) through a port-forward'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "analyze" -d 'Find problems in Istio configuration (files, directories or stdin)'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "precheck" -d 'Check whether Istio can be installed or upgraded in the cluster'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "check-inject" -d 'Show which injection webhook would inject a pod, and why'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "injector" -d 'List namespaces, the revisions injecting them and the injection hooks'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "tag" -d 'Create, list and remove revision tags (stable names for control plane revisions)'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "experimental" -d 'Experimental commands, as istioctl spells them (`x check-inject`, `x precheck`, …)'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "x" -d 'Experimental commands, as istioctl spells them (`x check-inject`, `x precheck`, …)'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "exp" -d 'Experimental commands, as istioctl spells them (`x check-inject`, `x precheck`, …)'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "proxy-config" -d 'Show what a pod\'s Envoy proxy was configured with (clusters, listeners, routes, …)'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "pc" -d 'Show what a pod\'s Envoy proxy was configured with (clusters, listeners, routes, …)'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "proxy-status" -d 'Sync state of every proxy as istiod sees it, or one pod\'s config against istiod\'s'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "ps" -d 'Sync state of every proxy as istiod sees it, or one pod\'s config against istiod\'s'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "describe" -d 'Describe a pod or Service and the Istio configuration that affects it'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "des" -d 'Describe a pod or Service and the Istio configuration that affects it'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -s o -l output -d 'Output format' -r -f -a "yaml\t''
json\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -l remote -d 'Also ask the cluster which control plane versions run there (`--remote=false` to skip)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -s s -l short -d 'Print only the version numbers'
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -f -a "generate" -d 'Print the Kubernetes objects the settings render, ready for `kubectl apply -f -`'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s f -l filename -d 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s s -l set -d 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\\.`' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s r -l revision -d 'Control plane revision (the same as `--set revision=REV`)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s d -l manifests -d 'Directory holding `manifests/` and `profiles/` to use instead of the embedded ones' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s o -l output -d 'Write the manifest to this file instead of stdout' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Print the Kubernetes objects the settings render, ready for `kubectl apply -f -`'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -f -a "list" -d 'List the available configuration profiles'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -f -a "dump" -d 'Print the complete settings of a profile (default: `default`)'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -f -a "diff" -d 'Show how two profiles differ (exit 1 when they do)'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s f -l filename -d 'IstioOperator file(s) to overlay instead of a profile name' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s s -l set -d 'Override a setting (`path=value`)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s p -l config-path -l configPath -d 'Print only the subtree at this path, e.g. `components.pilot` or `values.global.proxy`' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s o -l output -d 'Output format' -r -f -a "yaml\t''
json\t''
flags\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the available configuration profiles'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "dump" -d 'Print the complete settings of a profile (default: `default`)'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show how two profiles differ (exit 1 when they do)'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -s f -l filename -d 'Input: a file, `-` for stdin, or an `https://` URL' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -s o -l output -d 'Write the result here instead of stdout (may be the input file; replaced atomically, keeping its mode and owner)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -s s -l set -d 'Override a setting: `path=value` (repeatable), e.g. `values.global.proxy.holdApplicationUntilProxyStarts=true`' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -l operatorFileName -l operator-file-name -d 'An IstioOperator file; its `spec.values` and `spec.meshConfig` override the other settings' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -l meshConfigFile -l mesh-config-file -d 'Mesh config YAML (the `mesh` key of the `istio` ConfigMap)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -l valuesFile -l values-file -d 'Injection values YAML or JSON (the `values` key of the `istio-sidecar-injector` ConfigMap)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -l injectConfigFile -l inject-config-file -d 'Injection config YAML (`templates`, `defaultTemplates`); Go templates are refused' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -s r -l revision -d 'Control plane revision' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -l native-sidecars -d 'Native sidecars: `auto` asks the cluster; with no cluster connection it means `true`' -r -f -a "auto\t'Native sidecars when the cluster supports them; without a cluster connection, native'
true\t'The proxy is an init container with `restartPolicy: Always` (Kubernetes ≥ 1.29)'
false\t'The proxy is an ordinary container (classic sidecar)'"
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -l offline -d 'Do not read the cluster\'s injection settings: use meshctl\'s built-in ones (and the flags)'
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -s q -l quiet -d 'Report only the workloads left without a sidecar'
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c meshctl -n "__fish_meshctl_using_subcommand kube-inject" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand completion" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand completion" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand completion" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand completion" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand completion" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand completion" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand completion" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand completion" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -s f -l filename -d 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -s s -l set -d 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\\.`' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -s r -l revision -d 'Control plane revision (the same as `--set revision=REV`)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -s d -l manifests -d 'Directory holding `manifests/` and `profiles/` to use instead of the embedded ones' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -l wait -d 'Wait for each component to become ready (`--wait=false` applies and returns)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -l readiness-timeout -l readinessTimeout -d 'How long to wait for each component to become ready' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -s y -l skip-confirmation -l skipConfirmation -d 'Do not ask for confirmation'
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -l dry-run -l dryRun -d 'Ask the server what would change (`dryRun=All`) and print it, without changing anything'
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -l force -d 'Proceed despite validation errors: objects the server rejects as invalid are reported and skipped instead of stopping their component (the exit code is still 1), and a dry run\'s local validation problems do not fail it'
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -l verify -d 'Run `meshctl verify-install` once the installation is complete'
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -l skip-precheck -d 'Do not run `meshctl precheck`\'s control plane checks first'
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand install" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -s f -l filename -d 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -s s -l set -d 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\\.`' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -s r -l revision -d 'Control plane revision (the same as `--set revision=REV`)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -s d -l manifests -d 'Directory holding `manifests/` and `profiles/` to use instead of the embedded ones' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -l wait -d 'Wait for each component to become ready (`--wait=false` applies and returns)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -l readiness-timeout -l readinessTimeout -d 'How long to wait for each component to become ready' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -s y -l skip-confirmation -l skipConfirmation -d 'Do not ask for confirmation'
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -l dry-run -l dryRun -d 'Ask the server what would change (`dryRun=All`) and print it, without changing anything'
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -l force -d 'Proceed despite validation errors: objects the server rejects as invalid are reported and skipped instead of stopping their component (the exit code is still 1), and a dry run\'s local validation problems do not fail it'
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -l verify -d 'Run `meshctl verify-install` once the installation is complete'
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -l skip-precheck -d 'Do not run `meshctl precheck`\'s control plane checks first'
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand apply" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -s f -l filename -d 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -s s -l set -d 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\\.`' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -s r -l revision -d 'Control plane revision (the same as `--set revision=REV`)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -s d -l manifests -d 'Directory holding `manifests/` and `profiles/` to use instead of the embedded ones' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -l wait -d 'Wait for each component to become ready (`--wait=false` applies and returns)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -l readiness-timeout -l readinessTimeout -d 'How long to wait for each component to become ready' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -s y -l skip-confirmation -l skipConfirmation -d 'Do not ask for confirmation'
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -l dry-run -l dryRun -d 'Ask the server what would change (`dryRun=All`) and print it, without changing anything'
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -l force -d 'Proceed despite validation errors: objects the server rejects as invalid are reported and skipped instead of stopping their component (the exit code is still 1), and a dry run\'s local validation problems do not fail it'
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -l verify -d 'Run `meshctl verify-install` once the installation is complete'
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -l skip-precheck -d 'Do not run `meshctl precheck`\'s control plane checks first'
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand upgrade" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand uninstall" -s f -l filename -d 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand uninstall" -s s -l set -d 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\\.`' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand uninstall" -s r -l revision -d 'Control plane revision (the same as `--set revision=REV`)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand uninstall" -s d -l manifests -d 'Directory holding `manifests/` and `profiles/` to use instead of the embedded ones' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand uninstall" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand uninstall" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand uninstall" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand uninstall" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand uninstall" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand uninstall" -l purge -d 'Remove every Istio object install created, of every revision, CRDs included'
complete -c meshctl -n "__fish_meshctl_using_subcommand uninstall" -s y -l skip-confirmation -l skipConfirmation -d 'Do not ask for confirmation'
complete -c meshctl -n "__fish_meshctl_using_subcommand uninstall" -l dry-run -l dryRun -d 'Show what would be removed without removing it'
complete -c meshctl -n "__fish_meshctl_using_subcommand uninstall" -l force -d 'Remove a revision even while namespaces or tags still use it'
complete -c meshctl -n "__fish_meshctl_using_subcommand uninstall" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand uninstall" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand uninstall" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand verify-install" -s f -l filename -d 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand verify-install" -s s -l set -d 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\\.`' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand verify-install" -s r -l revision -d 'Control plane revision (the same as `--set revision=REV`)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand verify-install" -s d -l manifests -d 'Directory holding `manifests/` and `profiles/` to use instead of the embedded ones' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand verify-install" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand verify-install" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand verify-install" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand verify-install" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand verify-install" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand verify-install" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand verify-install" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand verify-install" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "kiali" -d 'Kiali, the mesh console'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "grafana" -d 'Grafana metrics dashboards'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "prometheus" -d 'Prometheus'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "jaeger" -d 'Jaeger tracing UI'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "zipkin" -d 'The Zipkin API (served by Jaeger)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "skywalking" -d 'SkyWalking UI'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "loki" -d 'Loki\'s API (Loki has no web UI: the URL is printed)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "envoy" -d 'The Envoy admin page (port 15000) of a workload\'s sidecar'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "proxy" -d 'The Envoy admin page (port 15000) of a workload\'s sidecar'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "controlz" -d 'istiod\'s ControlZ page'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "istiod-debug" -d 'istiod\'s debug endpoints'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from loki" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from loki" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from loki" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from loki" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from loki" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from loki" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from loki" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from loki" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from loki" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from loki" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from loki" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from loki" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s l -l selector -d 'Label selector choosing the pod instead of naming it' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l ui-port -l uiPort -d 'Remote port (default: the dashboard\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s l -l selector -d 'Label selector choosing the pod instead of naming it' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l ui-port -l uiPort -d 'Remote port (default: the dashboard\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s l -l selector -d 'Label selector choosing the pod instead of naming it' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l ui-port -l uiPort -d 'Remote port (default: the dashboard\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s l -l selector -d 'Label selector choosing the pod instead of naming it' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l ui-port -l uiPort -d 'Remote port (default: the dashboard\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "kiali" -d 'Kiali, the mesh console'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "grafana" -d 'Grafana metrics dashboards'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "prometheus" -d 'Prometheus'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "jaeger" -d 'Jaeger tracing UI'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "zipkin" -d 'The Zipkin API (served by Jaeger)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "skywalking" -d 'SkyWalking UI'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "loki" -d 'Loki\'s API (Loki has no web UI: the URL is printed)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "envoy" -d 'The Envoy admin page (port 15000) of a workload\'s sidecar'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "controlz" -d 'istiod\'s ControlZ page'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "istiod-debug" -d 'istiod\'s debug endpoints'
complete -c meshctl -n "__fish_meshctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "kiali" -d 'Kiali, the mesh console'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "grafana" -d 'Grafana metrics dashboards'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "prometheus" -d 'Prometheus'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "jaeger" -d 'Jaeger tracing UI'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "zipkin" -d 'The Zipkin API (served by Jaeger)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "skywalking" -d 'SkyWalking UI'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "loki" -d 'Loki\'s API (Loki has no web UI: the URL is printed)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "envoy" -d 'The Envoy admin page (port 15000) of a workload\'s sidecar'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "proxy" -d 'The Envoy admin page (port 15000) of a workload\'s sidecar'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "controlz" -d 'istiod\'s ControlZ page'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "istiod-debug" -d 'istiod\'s debug endpoints'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from loki" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from loki" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from loki" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from loki" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from loki" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from loki" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from loki" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from loki" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from loki" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from loki" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from loki" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from loki" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s l -l selector -d 'Label selector choosing the pod instead of naming it' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l ui-port -l uiPort -d 'Remote port (default: the dashboard\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s l -l selector -d 'Label selector choosing the pod instead of naming it' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l ui-port -l uiPort -d 'Remote port (default: the dashboard\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s l -l selector -d 'Label selector choosing the pod instead of naming it' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l ui-port -l uiPort -d 'Remote port (default: the dashboard\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s l -l selector -d 'Label selector choosing the pod instead of naming it' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l ui-port -l uiPort -d 'Remote port (default: the dashboard\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "kiali" -d 'Kiali, the mesh console'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "grafana" -d 'Grafana metrics dashboards'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "prometheus" -d 'Prometheus'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "jaeger" -d 'Jaeger tracing UI'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "zipkin" -d 'The Zipkin API (served by Jaeger)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "skywalking" -d 'SkyWalking UI'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "loki" -d 'Loki\'s API (Loki has no web UI: the URL is printed)'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "envoy" -d 'The Envoy admin page (port 15000) of a workload\'s sidecar'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "controlz" -d 'istiod\'s ControlZ page'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "istiod-debug" -d 'istiod\'s debug endpoints'
complete -c meshctl -n "__fish_meshctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "kiali" -d 'Kiali, the mesh console'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "grafana" -d 'Grafana metrics dashboards'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "prometheus" -d 'Prometheus'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "jaeger" -d 'Jaeger tracing UI'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "zipkin" -d 'The Zipkin API (served by Jaeger)'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "skywalking" -d 'SkyWalking UI'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "loki" -d 'Loki\'s API (Loki has no web UI: the URL is printed)'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "envoy" -d 'The Envoy admin page (port 15000) of a workload\'s sidecar'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "proxy" -d 'The Envoy admin page (port 15000) of a workload\'s sidecar'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "controlz" -d 'istiod\'s ControlZ page'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "istiod-debug" -d 'istiod\'s debug endpoints'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana prometheus jaeger zipkin skywalking loki envoy proxy controlz istiod-debug help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from loki" -l ui-port -l uiPort -d 'Remote port (default: the addon\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from loki" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from loki" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from loki" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from loki" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from loki" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from loki" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from loki" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from loki" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from loki" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from loki" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from loki" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s l -l selector -d 'Label selector choosing the pod instead of naming it' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l ui-port -l uiPort -d 'Remote port (default: the dashboard\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s l -l selector -d 'Label selector choosing the pod instead of naming it' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l ui-port -l uiPort -d 'Remote port (default: the dashboard\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s l -l selector -d 'Label selector choosing the pod instead of naming it' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l ui-port -l uiPort -d 'Remote port (default: the dashboard\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s l -l selector -d 'Label selector choosing the pod instead of naming it' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l ui-port -l uiPort -d 'Remote port (default: the dashboard\'s usual port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s p -l port -d 'Local port (default: the remote port when free, else any free port)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l address -d 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l browser -d 'Open a browser (`--browser=false` only prints the URL)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "kiali" -d 'Kiali, the mesh console'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "grafana" -d 'Grafana metrics dashboards'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "prometheus" -d 'Prometheus'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "jaeger" -d 'Jaeger tracing UI'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "zipkin" -d 'The Zipkin API (served by Jaeger)'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "skywalking" -d 'SkyWalking UI'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "loki" -d 'Loki\'s API (Loki has no web UI: the URL is printed)'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "envoy" -d 'The Envoy admin page (port 15000) of a workload\'s sidecar'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "controlz" -d 'istiod\'s ControlZ page'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "istiod-debug" -d 'istiod\'s debug endpoints'
complete -c meshctl -n "__fish_meshctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -s k -l use-kube -l useKube -d 'Read resources from the live cluster (`--use-kube=false` analyses files only)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -s o -l output -d 'Output format: `log`, `json`, `yaml` or `sarif` (SARIF 2.1.0, for CI code scanning). `json`, `yaml` and `sarif` exit 0 whatever they report (as istioctl), unless `--failure-threshold` is given explicitly' -r -f -a "log\t''
json\t''
yaml\t''
sarif\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -l output-threshold -l outputThreshold -d 'Lowest level printed: Info, Warning or Error' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -l failure-threshold -l failureThreshold -d 'Lowest level that makes the exit code non-zero (79): Info, Warning or Error [default: Error; with `-o json|yaml|sarif` only when given]' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -s S -l suppress -d 'Suppress messages: `CODE=Kind ns/name` (`*` globs in the resource), repeatable' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -l analyzer -d 'Run only this analyzer (by name, as `-L` lists them); repeatable' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -l meshConfigFile -l mesh-config-file -d 'A MeshConfig file that overrides the defaults and the cluster\'s mesh config' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -l meshNetworksFile -l mesh-networks-file -d 'A MeshNetworks file to check' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -l ignore-unknown -l ignoreUnknown -d 'Do not fail (exit 65) because some documents could not be parsed' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -s R -l recursive -d 'Walk directories recursively (`--recursive=false` reads only the files directly in them)' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -l color -d 'Colour the level of each message [default: when stdout is a terminal, `NO_COLOR` is unset and `TERM` is not `dumb`]' -r -f -a "true\t''
false\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -l timeout -d 'How long reading the cluster may take, e.g. `30s`, `2m`' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -s r -l revision -d 'Control plane revision to analyse in the live cluster' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -s A -l all-namespaces -l allNamespaces -d 'Analyse every namespace instead of only the selected one'
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -s L -l list-analyzers -l listAnalyzers -d 'List the analyzers and exit'
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand analyze" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand precheck" -l output-threshold -d 'Lowest level printed: Info, Warning or Error' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand precheck" -s o -l output -d 'Output format: log, json or yaml' -r -f -a "log\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand precheck" -s f -l from-version -d 'The Istio version upgraded from (e.g. 1.21), to report what changed since' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand precheck" -s r -l revision -d 'The control plane revision to check' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand precheck" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand precheck" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand precheck" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand precheck" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand precheck" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand precheck" -l skip-controlplane -d 'Skip the control plane checks (version, permissions, Gateway API CRDs)'
complete -c meshctl -n "__fish_meshctl_using_subcommand precheck" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand precheck" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand precheck" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand check-inject" -s l -l labels -d 'Check a pod that would carry these labels (`k=v,k2=v2`) in the `-n` namespace instead' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand check-inject" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand check-inject" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand check-inject" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand check-inject" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand check-inject" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand check-inject" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand check-inject" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand check-inject" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and not __fish_seen_subcommand_from list help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and not __fish_seen_subcommand_from list help" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and not __fish_seen_subcommand_from list help" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and not __fish_seen_subcommand_from list help" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and not __fish_seen_subcommand_from list help" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List namespaces and the revisions injecting them, and the injection hooks'
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and __fish_seen_subcommand_from list" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and __fish_seen_subcommand_from list" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and __fish_seen_subcommand_from list" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and __fish_seen_subcommand_from list" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and __fish_seen_subcommand_from list" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and __fish_seen_subcommand_from help" -f -a "list" -d 'List namespaces and the revisions injecting them, and the injection hooks'
complete -c meshctl -n "__fish_meshctl_using_subcommand injector; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -f -a "set" -d 'Create or modify a revision tag (applies it to the cluster)'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -f -a "generate" -d 'Print the objects a revision tag consists of, without applying them'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -f -a "list" -d 'List revision tags, the revisions they point at and the namespaces using them'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -f -a "show" -d 'List revision tags, the revisions they point at and the namespaces using them'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -f -a "remove" -d 'Remove a revision tag'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -f -a "delete" -d 'Remove a revision tag'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and not __fish_seen_subcommand_from set generate list show remove delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s r -l revision -d 'The control plane revision the tag points at' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l webhook-name -d 'Name of the tag\'s MutatingWebhookConfiguration (default: istio-revision-tag-<tag>)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l overwrite -d 'Replace an existing tag of the same name'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s y -l skip-confirmation -l skipConfirmation -d 'Do not ask for confirmation when the tag would conflict with other webhooks'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from set" -l auto-inject-namespaces -d 'The default tag also injects every namespace without injection labels'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s r -l revision -d 'The control plane revision the tag points at' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l webhook-name -d 'Name of the tag\'s MutatingWebhookConfiguration (default: istio-revision-tag-<tag>)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l overwrite -d 'Replace an existing tag of the same name'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s y -l skip-confirmation -l skipConfirmation -d 'Do not ask for confirmation when the tag would conflict with other webhooks'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -l auto-inject-namespaces -d 'The default tag also injects every namespace without injection labels'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table, json or yaml' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from list" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from list" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from list" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from list" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from list" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table, json or yaml' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from show" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from show" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from show" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from show" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from show" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -s y -l skip-confirmation -l skipConfirmation -d 'Do not ask for confirmation when namespaces still use the tag'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -s y -l skip-confirmation -l skipConfirmation -d 'Do not ask for confirmation when namespaces still use the tag'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "set" -d 'Create or modify a revision tag (applies it to the cluster)'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Print the objects a revision tag consists of, without applying them'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "list" -d 'List revision tags, the revisions they point at and the namespaces using them'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a revision tag'
complete -c meshctl -n "__fish_meshctl_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -f -a "precheck" -d 'Check whether Istio can be installed or upgraded in the cluster'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -f -a "check-inject" -d 'Show which injection webhook would inject a pod, and why'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -f -a "injector" -d 'List namespaces, the revisions injecting them and the injection hooks'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -f -a "describe" -d 'Describe a pod or Service and the Istio configuration that affects it'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -f -a "des" -d 'Describe a pod or Service and the Istio configuration that affects it'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -l output-threshold -d 'Lowest level printed: Info, Warning or Error' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -s o -l output -d 'Output format: log, json or yaml' -r -f -a "log\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -s f -l from-version -d 'The Istio version upgraded from (e.g. 1.21), to report what changed since' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -s r -l revision -d 'The control plane revision to check' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -l skip-controlplane -d 'Skip the control plane checks (version, permissions, Gateway API CRDs)'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from check-inject" -s l -l labels -d 'Check a pod that would carry these labels (`k=v,k2=v2`) in the `-n` namespace instead' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from check-inject" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from check-inject" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from check-inject" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from check-inject" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from check-inject" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from check-inject" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from check-inject" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from check-inject" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from injector" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from injector" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from injector" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from injector" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from injector" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from injector" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from injector" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from injector" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from injector" -f -a "list" -d 'List namespaces and the revisions injecting them, and the injection hooks'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from injector" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from describe" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from describe" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from describe" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from describe" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from describe" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from describe" -f -a "pod" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from describe" -f -a "po" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from describe" -f -a "service" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from describe" -f -a "svc" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from describe" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from des" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from des" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from des" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from des" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from des" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from des" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from des" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from des" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from des" -f -a "pod" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from des" -f -a "po" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from des" -f -a "service" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from des" -f -a "svc" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from des" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from help" -f -a "precheck" -d 'Check whether Istio can be installed or upgraded in the cluster'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from help" -f -a "check-inject" -d 'Show which injection webhook would inject a pod, and why'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from help" -f -a "injector" -d 'List namespaces, the revisions injecting them and the injection hooks'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Describe a pod or Service and the Istio configuration that affects it'
complete -c meshctl -n "__fish_meshctl_using_subcommand experimental; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -f -a "precheck" -d 'Check whether Istio can be installed or upgraded in the cluster'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -f -a "check-inject" -d 'Show which injection webhook would inject a pod, and why'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -f -a "injector" -d 'List namespaces, the revisions injecting them and the injection hooks'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -f -a "describe" -d 'Describe a pod or Service and the Istio configuration that affects it'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -f -a "des" -d 'Describe a pod or Service and the Istio configuration that affects it'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -l output-threshold -d 'Lowest level printed: Info, Warning or Error' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s o -l output -d 'Output format: log, json or yaml' -r -f -a "log\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s f -l from-version -d 'The Istio version upgraded from (e.g. 1.21), to report what changed since' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s r -l revision -d 'The control plane revision to check' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -l skip-controlplane -d 'Skip the control plane checks (version, permissions, Gateway API CRDs)'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from check-inject" -s l -l labels -d 'Check a pod that would carry these labels (`k=v,k2=v2`) in the `-n` namespace instead' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from check-inject" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from check-inject" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from check-inject" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from check-inject" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from check-inject" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from check-inject" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from check-inject" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from check-inject" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from injector" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from injector" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from injector" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from injector" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from injector" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from injector" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from injector" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from injector" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from injector" -f -a "list" -d 'List namespaces and the revisions injecting them, and the injection hooks'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from injector" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from describe" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from describe" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from describe" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from describe" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from describe" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from describe" -f -a "pod" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from describe" -f -a "po" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from describe" -f -a "service" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from describe" -f -a "svc" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from describe" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from des" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from des" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from des" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from des" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from des" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from des" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from des" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from des" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from des" -f -a "pod" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from des" -f -a "po" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from des" -f -a "service" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from des" -f -a "svc" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from des" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from help" -f -a "precheck" -d 'Check whether Istio can be installed or upgraded in the cluster'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from help" -f -a "check-inject" -d 'Show which injection webhook would inject a pod, and why'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from help" -f -a "injector" -d 'List namespaces, the revisions injecting them and the injection hooks'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Describe a pod or Service and the Istio configuration that affects it'
complete -c meshctl -n "__fish_meshctl_using_subcommand x; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -f -a "precheck" -d 'Check whether Istio can be installed or upgraded in the cluster'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -f -a "check-inject" -d 'Show which injection webhook would inject a pod, and why'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -f -a "injector" -d 'List namespaces, the revisions injecting them and the injection hooks'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -f -a "describe" -d 'Describe a pod or Service and the Istio configuration that affects it'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -f -a "des" -d 'Describe a pod or Service and the Istio configuration that affects it'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and not __fish_seen_subcommand_from precheck check-inject injector describe des help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from precheck" -l output-threshold -d 'Lowest level printed: Info, Warning or Error' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from precheck" -s o -l output -d 'Output format: log, json or yaml' -r -f -a "log\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from precheck" -s f -l from-version -d 'The Istio version upgraded from (e.g. 1.21), to report what changed since' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from precheck" -s r -l revision -d 'The control plane revision to check' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from precheck" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from precheck" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from precheck" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from precheck" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from precheck" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from precheck" -l skip-controlplane -d 'Skip the control plane checks (version, permissions, Gateway API CRDs)'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from precheck" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from precheck" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from precheck" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from check-inject" -s l -l labels -d 'Check a pod that would carry these labels (`k=v,k2=v2`) in the `-n` namespace instead' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from check-inject" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from check-inject" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from check-inject" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from check-inject" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from check-inject" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from check-inject" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from check-inject" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from check-inject" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from injector" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from injector" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from injector" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from injector" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from injector" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from injector" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from injector" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from injector" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from injector" -f -a "list" -d 'List namespaces and the revisions injecting them, and the injection hooks'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from injector" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from describe" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from describe" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from describe" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from describe" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from describe" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from describe" -f -a "pod" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from describe" -f -a "po" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from describe" -f -a "service" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from describe" -f -a "svc" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from describe" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from des" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from des" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from des" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from des" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from des" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from des" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from des" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from des" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from des" -f -a "pod" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from des" -f -a "po" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from des" -f -a "service" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from des" -f -a "svc" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from des" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from help" -f -a "precheck" -d 'Check whether Istio can be installed or upgraded in the cluster'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from help" -f -a "check-inject" -d 'Show which injection webhook would inject a pod, and why'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from help" -f -a "injector" -d 'List namespaces, the revisions injecting them and the injection hooks'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Describe a pod or Service and the Istio configuration that affects it'
complete -c meshctl -n "__fish_meshctl_using_subcommand exp; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "cluster" -d 'Clusters of a pod\'s Envoy (service, port, subset, direction, type, DestinationRule)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "clusters" -d 'Clusters of a pod\'s Envoy (service, port, subset, direction, type, DestinationRule)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "c" -d 'Clusters of a pod\'s Envoy (service, port, subset, direction, type, DestinationRule)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "all" -d 'Every section at once: bootstrap, clusters, listeners, routes, secrets, endpoints'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "a" -d 'Every section at once: bootstrap, clusters, listeners, routes, secrets, endpoints'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "listener" -d 'Listeners of a pod\'s Envoy, one row per filter chain'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "listeners" -d 'Listeners of a pod\'s Envoy, one row per filter chain'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "l" -d 'Listeners of a pod\'s Envoy, one row per filter chain'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "route" -d 'Routes of a pod\'s Envoy, one row per route with its VirtualService'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "routes" -d 'Routes of a pod\'s Envoy, one row per route with its VirtualService'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "r" -d 'Routes of a pod\'s Envoy, one row per route with its VirtualService'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "endpoint" -d 'Endpoints (hosts) of a pod\'s Envoy with their health, from /clusters'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "endpoints" -d 'Endpoints (hosts) of a pod\'s Envoy with their health, from /clusters'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "ep" -d 'Endpoints (hosts) of a pod\'s Envoy with their health, from /clusters'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "eds" -d 'Endpoints as delivered by EDS, from the config dump'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "secret" -d 'Certificates and trust bundles a pod\'s Envoy holds'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "secrets" -d 'Certificates and trust bundles a pod\'s Envoy holds'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "s" -d 'Certificates and trust bundles a pod\'s Envoy holds'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "bootstrap" -d 'Bootstrap configuration of a pod\'s Envoy (`-o short`: versions only)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "b" -d 'Bootstrap configuration of a pod\'s Envoy (`-o short`: versions only)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "ecds" -d 'Filters delivered by extension config discovery (ECDS), e.g. Wasm plugins'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "ec" -d 'Filters delivered by extension config discovery (ECDS), e.g. Wasm plugins'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "log" -d 'Show or change the log levels of Envoy in one or more pods'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "o" -d 'Show or change the log levels of Envoy in one or more pods'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -l port -d 'Only clusters for this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -l subset -d 'Only clusters whose name contains this subset' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -l direction -d 'Only clusters of this direction (inbound, outbound)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from cluster" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -l port -d 'Only clusters for this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -l subset -d 'Only clusters whose name contains this subset' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -l direction -d 'Only clusters of this direction (inbound, outbound)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from clusters" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -l port -d 'Only clusters for this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -l subset -d 'Only clusters whose name contains this subset' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -l direction -d 'Only clusters of this direction (inbound, outbound)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from c" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l direction -d 'Only clusters of this direction' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l subset -d 'Only clusters of this subset' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l port -d 'Only clusters, listeners and endpoints on this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l address -d 'Only listeners and endpoints on this address' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l type -d 'Only listeners of this type' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l name -d 'Only the route configuration of this name' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l verbose -d 'Listener and route rows in detail' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -s o -l output -d 'Output format (`json`/`yaml`: the whole dump)' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -l with-headers -d 'A banner before each section'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from all" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l direction -d 'Only clusters of this direction' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l subset -d 'Only clusters of this subset' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l port -d 'Only clusters, listeners and endpoints on this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l address -d 'Only listeners and endpoints on this address' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l type -d 'Only listeners of this type' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l name -d 'Only the route configuration of this name' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l verbose -d 'Listener and route rows in detail' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -s o -l output -d 'Output format (`json`/`yaml`: the whole dump)' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -l with-headers -d 'A banner before each section'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from a" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -l address -d 'Only listeners on this address' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -l port -d 'Only listeners on this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -l type -d 'Only listeners of this type (HTTP, TCP, HTTP+TCP)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -l verbose -d 'One row per filter chain with its match and destination' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listener" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -l address -d 'Only listeners on this address' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -l port -d 'Only listeners on this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -l type -d 'Only listeners of this type (HTTP, TCP, HTTP+TCP)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -l verbose -d 'One row per filter chain with its match and destination' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from listeners" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -l address -d 'Only listeners on this address' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -l port -d 'Only listeners on this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -l type -d 'Only listeners of this type (HTTP, TCP, HTTP+TCP)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -l verbose -d 'One row per filter chain with its match and destination' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from l" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -l name -d 'Only the route configuration of this name' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -l verbose -d 'One row per route with its match and VirtualService' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from route" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -l name -d 'Only the route configuration of this name' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -l verbose -d 'One row per route with its match and VirtualService' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from routes" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -l name -d 'Only the route configuration of this name' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -l verbose -d 'One row per route with its match and VirtualService' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from r" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -l address -d 'Only endpoints with this address' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -l port -d 'Only endpoints on this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -l cluster -d 'Only endpoints of this cluster' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -l status -d 'Only endpoints with this health status (HEALTHY, UNHEALTHY, …)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoint" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -l address -d 'Only endpoints with this address' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -l port -d 'Only endpoints on this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -l cluster -d 'Only endpoints of this cluster' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -l status -d 'Only endpoints with this health status (HEALTHY, UNHEALTHY, …)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from endpoints" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -l address -d 'Only endpoints with this address' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -l port -d 'Only endpoints on this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -l cluster -d 'Only endpoints of this cluster' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -l status -d 'Only endpoints with this health status (HEALTHY, UNHEALTHY, …)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ep" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -l address -d 'Only endpoints with this address' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -l port -d 'Only endpoints on this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -l cluster -d 'Only endpoints of this cluster' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -l status -d 'Only endpoints with this health status (HEALTHY, UNHEALTHY, …)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from eds" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secret" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from secrets" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from s" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -s o -l output -d 'Output format (`short`: the Istio and Envoy versions)' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from bootstrap" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -s o -l output -d 'Output format (`short`: the Istio and Envoy versions)' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from b" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ecds" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from ec" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -s l -l selector -d 'Pods by label selector in the namespace, instead of a pod name' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -l level -d 'Levels to set: `<level>` for all loggers and/or `<logger>:<level>`, comma-separated' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -s r -l reset -d 'Reset levels to the mesh default (the injector\'s `global.proxy.logLevel`, else warning)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -s l -l selector -d 'Pods by label selector in the namespace, instead of a pod name' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -l level -d 'Levels to set: `<level>` for all loggers and/or `<logger>:<level>`, comma-separated' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -s r -l reset -d 'Reset levels to the mesh default (the injector\'s `global.proxy.logLevel`, else warning)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from o" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "cluster" -d 'Clusters of a pod\'s Envoy (service, port, subset, direction, type, DestinationRule)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "all" -d 'Every section at once: bootstrap, clusters, listeners, routes, secrets, endpoints'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "listener" -d 'Listeners of a pod\'s Envoy, one row per filter chain'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "route" -d 'Routes of a pod\'s Envoy, one row per route with its VirtualService'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "endpoint" -d 'Endpoints (hosts) of a pod\'s Envoy with their health, from /clusters'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "eds" -d 'Endpoints as delivered by EDS, from the config dump'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "secret" -d 'Certificates and trust bundles a pod\'s Envoy holds'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "bootstrap" -d 'Bootstrap configuration of a pod\'s Envoy (`-o short`: versions only)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "ecds" -d 'Filters delivered by extension config discovery (ECDS), e.g. Wasm plugins'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "log" -d 'Show or change the log levels of Envoy in one or more pods'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "cluster" -d 'Clusters of a pod\'s Envoy (service, port, subset, direction, type, DestinationRule)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "clusters" -d 'Clusters of a pod\'s Envoy (service, port, subset, direction, type, DestinationRule)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "c" -d 'Clusters of a pod\'s Envoy (service, port, subset, direction, type, DestinationRule)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "all" -d 'Every section at once: bootstrap, clusters, listeners, routes, secrets, endpoints'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "a" -d 'Every section at once: bootstrap, clusters, listeners, routes, secrets, endpoints'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "listener" -d 'Listeners of a pod\'s Envoy, one row per filter chain'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "listeners" -d 'Listeners of a pod\'s Envoy, one row per filter chain'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "l" -d 'Listeners of a pod\'s Envoy, one row per filter chain'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "route" -d 'Routes of a pod\'s Envoy, one row per route with its VirtualService'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "routes" -d 'Routes of a pod\'s Envoy, one row per route with its VirtualService'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "r" -d 'Routes of a pod\'s Envoy, one row per route with its VirtualService'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "endpoint" -d 'Endpoints (hosts) of a pod\'s Envoy with their health, from /clusters'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "endpoints" -d 'Endpoints (hosts) of a pod\'s Envoy with their health, from /clusters'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "ep" -d 'Endpoints (hosts) of a pod\'s Envoy with their health, from /clusters'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "eds" -d 'Endpoints as delivered by EDS, from the config dump'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "secret" -d 'Certificates and trust bundles a pod\'s Envoy holds'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "secrets" -d 'Certificates and trust bundles a pod\'s Envoy holds'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "s" -d 'Certificates and trust bundles a pod\'s Envoy holds'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "bootstrap" -d 'Bootstrap configuration of a pod\'s Envoy (`-o short`: versions only)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "b" -d 'Bootstrap configuration of a pod\'s Envoy (`-o short`: versions only)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "ecds" -d 'Filters delivered by extension config discovery (ECDS), e.g. Wasm plugins'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "ec" -d 'Filters delivered by extension config discovery (ECDS), e.g. Wasm plugins'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "log" -d 'Show or change the log levels of Envoy in one or more pods'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "o" -d 'Show or change the log levels of Envoy in one or more pods'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and not __fish_seen_subcommand_from cluster clusters c all a listener listeners l route routes r endpoint endpoints ep eds secret secrets s bootstrap b ecds ec log o help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -l port -d 'Only clusters for this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -l subset -d 'Only clusters whose name contains this subset' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -l direction -d 'Only clusters of this direction (inbound, outbound)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from cluster" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -l port -d 'Only clusters for this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -l subset -d 'Only clusters whose name contains this subset' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -l direction -d 'Only clusters of this direction (inbound, outbound)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from clusters" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from c" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from c" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from c" -l port -d 'Only clusters for this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from c" -l subset -d 'Only clusters whose name contains this subset' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from c" -l direction -d 'Only clusters of this direction (inbound, outbound)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from c" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from c" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from c" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from c" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from c" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from c" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from c" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from c" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from c" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from c" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l direction -d 'Only clusters of this direction' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l subset -d 'Only clusters of this subset' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l port -d 'Only clusters, listeners and endpoints on this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l address -d 'Only listeners and endpoints on this address' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l type -d 'Only listeners of this type' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l name -d 'Only the route configuration of this name' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l verbose -d 'Listener and route rows in detail' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -s o -l output -d 'Output format (`json`/`yaml`: the whole dump)' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -l with-headers -d 'A banner before each section'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from all" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l fqdn -d 'Only clusters whose name contains this FQDN' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l direction -d 'Only clusters of this direction' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l subset -d 'Only clusters of this subset' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l port -d 'Only clusters, listeners and endpoints on this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l address -d 'Only listeners and endpoints on this address' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l type -d 'Only listeners of this type' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l name -d 'Only the route configuration of this name' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l verbose -d 'Listener and route rows in detail' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -s o -l output -d 'Output format (`json`/`yaml`: the whole dump)' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -l with-headers -d 'A banner before each section'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from a" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -l address -d 'Only listeners on this address' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -l port -d 'Only listeners on this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -l type -d 'Only listeners of this type (HTTP, TCP, HTTP+TCP)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -l verbose -d 'One row per filter chain with its match and destination' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listener" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -l address -d 'Only listeners on this address' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -l port -d 'Only listeners on this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -l type -d 'Only listeners of this type (HTTP, TCP, HTTP+TCP)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -l verbose -d 'One row per filter chain with its match and destination' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from listeners" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from l" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from l" -l address -d 'Only listeners on this address' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from l" -l port -d 'Only listeners on this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from l" -l type -d 'Only listeners of this type (HTTP, TCP, HTTP+TCP)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from l" -l verbose -d 'One row per filter chain with its match and destination' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from l" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from l" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from l" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from l" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from l" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from l" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from l" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from l" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from l" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from route" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from route" -l name -d 'Only the route configuration of this name' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from route" -l verbose -d 'One row per route with its match and VirtualService' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from route" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from route" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from route" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from route" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from route" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from route" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from route" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from route" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from route" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -l name -d 'Only the route configuration of this name' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -l verbose -d 'One row per route with its match and VirtualService' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from routes" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from r" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from r" -l name -d 'Only the route configuration of this name' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from r" -l verbose -d 'One row per route with its match and VirtualService' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from r" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from r" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from r" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from r" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from r" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from r" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from r" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from r" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from r" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -l address -d 'Only endpoints with this address' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -l port -d 'Only endpoints on this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -l cluster -d 'Only endpoints of this cluster' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -l status -d 'Only endpoints with this health status (HEALTHY, UNHEALTHY, …)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoint" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -l address -d 'Only endpoints with this address' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -l port -d 'Only endpoints on this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -l cluster -d 'Only endpoints of this cluster' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -l status -d 'Only endpoints with this health status (HEALTHY, UNHEALTHY, …)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from endpoints" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -l address -d 'Only endpoints with this address' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -l port -d 'Only endpoints on this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -l cluster -d 'Only endpoints of this cluster' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -l status -d 'Only endpoints with this health status (HEALTHY, UNHEALTHY, …)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ep" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -l address -d 'Only endpoints with this address' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -l port -d 'Only endpoints on this port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -l cluster -d 'Only endpoints of this cluster' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -l status -d 'Only endpoints with this health status (HEALTHY, UNHEALTHY, …)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from eds" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secret" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from secrets" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from s" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from s" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from s" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from s" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from s" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from s" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from s" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from s" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from s" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from s" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from s" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -s o -l output -d 'Output format (`short`: the Istio and Envoy versions)' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from bootstrap" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from b" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from b" -s o -l output -d 'Output format (`short`: the Istio and Envoy versions)' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from b" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from b" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from b" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from b" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from b" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from b" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from b" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from b" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from b" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ecds" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -s f -l file -d 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -s o -l output -d 'Output format' -r -f -a "short\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from ec" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from log" -s l -l selector -d 'Pods by label selector in the namespace, instead of a pod name' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from log" -l level -d 'Levels to set: `<level>` for all loggers and/or `<logger>:<level>`, comma-separated' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from log" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from log" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from log" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from log" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from log" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from log" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from log" -s r -l reset -d 'Reset levels to the mesh default (the injector\'s `global.proxy.logLevel`, else warning)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from log" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from o" -s l -l selector -d 'Pods by label selector in the namespace, instead of a pod name' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from o" -l level -d 'Levels to set: `<level>` for all loggers and/or `<logger>:<level>`, comma-separated' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from o" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from o" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from o" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from o" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from o" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from o" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from o" -s r -l reset -d 'Reset levels to the mesh default (the injector\'s `global.proxy.logLevel`, else warning)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from o" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from o" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from o" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "cluster" -d 'Clusters of a pod\'s Envoy (service, port, subset, direction, type, DestinationRule)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "all" -d 'Every section at once: bootstrap, clusters, listeners, routes, secrets, endpoints'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "listener" -d 'Listeners of a pod\'s Envoy, one row per filter chain'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "route" -d 'Routes of a pod\'s Envoy, one row per route with its VirtualService'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "endpoint" -d 'Endpoints (hosts) of a pod\'s Envoy with their health, from /clusters'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "eds" -d 'Endpoints as delivered by EDS, from the config dump'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "secret" -d 'Certificates and trust bundles a pod\'s Envoy holds'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "bootstrap" -d 'Bootstrap configuration of a pod\'s Envoy (`-o short`: versions only)'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "ecds" -d 'Filters delivered by extension config discovery (ECDS), e.g. Wasm plugins'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "log" -d 'Show or change the log levels of Envoy in one or more pods'
complete -c meshctl -n "__fish_meshctl_using_subcommand pc; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-status" -s f -l file -d 'Saved istiod sync answers (a JSON object: istiod name → answer); with a POD, the pod\'s saved Envoy config dump instead' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-status" -l istiod-file -d 'With a POD: istiod\'s saved config dump for it (from `/debug/config_dump?proxyID=`)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-status" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-status" -s v -l verbosity -d '1: one column per xDS type with its sync state' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-status" -s r -l revision -d 'Control plane revision (selects istiod pods labelled `istio.io/rev=<rev>`)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-status" -l xds-label -d 'Label selector of the istiod pods' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-status" -l istiod-port -d 'istiod\'s HTTP debug (monitoring) port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-status" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-status" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-status" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-status" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-status" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-status" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-status" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand proxy-status" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand ps" -s f -l file -d 'Saved istiod sync answers (a JSON object: istiod name → answer); with a POD, the pod\'s saved Envoy config dump instead' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand ps" -l istiod-file -d 'With a POD: istiod\'s saved config dump for it (from `/debug/config_dump?proxyID=`)' -r -F
complete -c meshctl -n "__fish_meshctl_using_subcommand ps" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand ps" -s v -l verbosity -d '1: one column per xDS type with its sync state' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand ps" -s r -l revision -d 'Control plane revision (selects istiod pods labelled `istio.io/rev=<rev>`)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand ps" -l xds-label -d 'Label selector of the istiod pods' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand ps" -l istiod-port -d 'istiod\'s HTTP debug (monitoring) port' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand ps" -l proxy-admin-port -d 'Envoy admin port of the pod' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand ps" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand ps" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand ps" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand ps" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand ps" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand ps" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand ps" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and not __fish_seen_subcommand_from pod po service svc help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and not __fish_seen_subcommand_from pod po service svc help" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and not __fish_seen_subcommand_from pod po service svc help" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and not __fish_seen_subcommand_from pod po service svc help" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and not __fish_seen_subcommand_from pod po service svc help" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and not __fish_seen_subcommand_from pod po service svc help" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and not __fish_seen_subcommand_from pod po service svc help" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and not __fish_seen_subcommand_from pod po service svc help" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and not __fish_seen_subcommand_from pod po service svc help" -f -a "pod" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and not __fish_seen_subcommand_from pod po service svc help" -f -a "po" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and not __fish_seen_subcommand_from pod po service svc help" -f -a "service" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and not __fish_seen_subcommand_from pod po service svc help" -f -a "svc" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and not __fish_seen_subcommand_from pod po service svc help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from pod" -l proxy-admin-port -d 'Envoy admin port of the pods' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from pod" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from pod" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from pod" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from pod" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from pod" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from pod" -l ignoreUnmeshed -l ignore-unmeshed -d 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from pod" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from pod" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from pod" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from po" -l proxy-admin-port -d 'Envoy admin port of the pods' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from po" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from po" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from po" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from po" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from po" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from po" -l ignoreUnmeshed -l ignore-unmeshed -d 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from po" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from po" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from po" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from service" -l proxy-admin-port -d 'Envoy admin port of the pods' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from service" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from service" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from service" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from service" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from service" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from service" -l ignoreUnmeshed -l ignore-unmeshed -d 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from service" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from service" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from svc" -l proxy-admin-port -d 'Envoy admin port of the pods' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from svc" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from svc" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from svc" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from svc" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from svc" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from svc" -l ignoreUnmeshed -l ignore-unmeshed -d 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from svc" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from svc" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from svc" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from help" -f -a "pod" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from help" -f -a "service" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand describe; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and not __fish_seen_subcommand_from pod po service svc help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and not __fish_seen_subcommand_from pod po service svc help" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and not __fish_seen_subcommand_from pod po service svc help" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and not __fish_seen_subcommand_from pod po service svc help" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and not __fish_seen_subcommand_from pod po service svc help" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and not __fish_seen_subcommand_from pod po service svc help" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and not __fish_seen_subcommand_from pod po service svc help" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and not __fish_seen_subcommand_from pod po service svc help" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and not __fish_seen_subcommand_from pod po service svc help" -f -a "pod" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and not __fish_seen_subcommand_from pod po service svc help" -f -a "po" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and not __fish_seen_subcommand_from pod po service svc help" -f -a "service" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and not __fish_seen_subcommand_from pod po service svc help" -f -a "svc" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and not __fish_seen_subcommand_from pod po service svc help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from pod" -l proxy-admin-port -d 'Envoy admin port of the pods' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from pod" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from pod" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from pod" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from pod" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from pod" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from pod" -l ignoreUnmeshed -l ignore-unmeshed -d 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from pod" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from pod" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from pod" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from po" -l proxy-admin-port -d 'Envoy admin port of the pods' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from po" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from po" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from po" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from po" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from po" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from po" -l ignoreUnmeshed -l ignore-unmeshed -d 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from po" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from po" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from po" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from service" -l proxy-admin-port -d 'Envoy admin port of the pods' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from service" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from service" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from service" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from service" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from service" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from service" -l ignoreUnmeshed -l ignore-unmeshed -d 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from service" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from service" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from service" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from svc" -l proxy-admin-port -d 'Envoy admin port of the pods' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from svc" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from svc" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from svc" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from svc" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from svc" -l kubeclient-timeout -d 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from svc" -l ignoreUnmeshed -l ignore-unmeshed -d 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from svc" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from svc" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from svc" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from help" -f -a "pod" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from help" -f -a "service" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand des; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "version" -d 'Print meshctl\'s version and the Istio release it installs'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "manifest" -d 'Render the Istio control plane manifests'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "profile" -d 'List, dump and compare configuration profiles'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "kube-inject" -d 'Add the Istio sidecar to the workloads in a YAML file'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "completion" -d 'Generate shell completion scripts'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "install" -d 'Install the Istio control plane into the cluster'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "uninstall" -d 'Remove the Istio control plane from the cluster'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "verify-install" -d 'Check that the installed control plane exists and is ready'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "dashboard" -d 'Open a mesh web UI (Kiali, Grafana, Prometheus, Jaeger, …) through a port-forward'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "analyze" -d 'Find problems in Istio configuration (files, directories or stdin)'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "precheck" -d 'Check whether Istio can be installed or upgraded in the cluster'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "check-inject" -d 'Show which injection webhook would inject a pod, and why'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "injector" -d 'List namespaces, the revisions injecting them and the injection hooks'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "tag" -d 'Create, list and remove revision tags (stable names for control plane revisions)'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "experimental" -d 'Experimental commands, as istioctl spells them (`x check-inject`, `x precheck`, …)'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "proxy-config" -d 'Show what a pod\'s Envoy proxy was configured with (clusters, listeners, routes, …)'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "proxy-status" -d 'Sync state of every proxy as istiod sees it, or one pod\'s config against istiod\'s'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "describe" -d 'Describe a pod or Service and the Istio configuration that affects it'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile kube-inject completion install uninstall verify-install dashboard analyze precheck check-inject injector tag experimental proxy-config proxy-status describe help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "generate" -d 'Print the Kubernetes objects the settings render, ready for `kubectl apply -f -`'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List the available configuration profiles'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "dump" -d 'Print the complete settings of a profile (default: `default`)'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "diff" -d 'Show how two profiles differ (exit 1 when they do)'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "kiali" -d 'Kiali, the mesh console'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "grafana" -d 'Grafana metrics dashboards'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "prometheus" -d 'Prometheus'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "jaeger" -d 'Jaeger tracing UI'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "zipkin" -d 'The Zipkin API (served by Jaeger)'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "skywalking" -d 'SkyWalking UI'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "loki" -d 'Loki\'s API (Loki has no web UI: the URL is printed)'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "envoy" -d 'The Envoy admin page (port 15000) of a workload\'s sidecar'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "controlz" -d 'istiod\'s ControlZ page'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "istiod-debug" -d 'istiod\'s debug endpoints'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from injector" -f -a "list" -d 'List namespaces and the revisions injecting them, and the injection hooks'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "set" -d 'Create or modify a revision tag (applies it to the cluster)'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "generate" -d 'Print the objects a revision tag consists of, without applying them'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "list" -d 'List revision tags, the revisions they point at and the namespaces using them'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "remove" -d 'Remove a revision tag'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from experimental" -f -a "precheck" -d 'Check whether Istio can be installed or upgraded in the cluster'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from experimental" -f -a "check-inject" -d 'Show which injection webhook would inject a pod, and why'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from experimental" -f -a "injector" -d 'List namespaces, the revisions injecting them and the injection hooks'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from experimental" -f -a "describe" -d 'Describe a pod or Service and the Istio configuration that affects it'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "cluster" -d 'Clusters of a pod\'s Envoy (service, port, subset, direction, type, DestinationRule)'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "all" -d 'Every section at once: bootstrap, clusters, listeners, routes, secrets, endpoints'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "listener" -d 'Listeners of a pod\'s Envoy, one row per filter chain'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "route" -d 'Routes of a pod\'s Envoy, one row per route with its VirtualService'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "endpoint" -d 'Endpoints (hosts) of a pod\'s Envoy with their health, from /clusters'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "eds" -d 'Endpoints as delivered by EDS, from the config dump'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "secret" -d 'Certificates and trust bundles a pod\'s Envoy holds'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "bootstrap" -d 'Bootstrap configuration of a pod\'s Envoy (`-o short`: versions only)'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "ecds" -d 'Filters delivered by extension config discovery (ECDS), e.g. Wasm plugins'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from proxy-config" -f -a "log" -d 'Show or change the log levels of Envoy in one or more pods'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from describe" -f -a "pod" -d 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from describe" -f -a "service" -d 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress'
