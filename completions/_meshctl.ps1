
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'meshctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'meshctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'meshctl' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print meshctl''s version and the Istio release it installs')
            [CompletionResult]::new('manifest', 'manifest', [CompletionResultType]::ParameterValue, 'Render the Istio control plane manifests')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'List, dump and compare configuration profiles')
            [CompletionResult]::new('kube-inject', 'kube-inject', [CompletionResultType]::ParameterValue, 'Add the Istio sidecar to the workloads in a YAML file')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Generate shell completion scripts')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install the Istio control plane into the cluster')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Install the Istio control plane into the cluster')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Install the Istio control plane into the cluster')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove the Istio control plane from the cluster')
            [CompletionResult]::new('verify-install', 'verify-install', [CompletionResultType]::ParameterValue, 'Check that the installed control plane exists and is ready')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Open a mesh web UI (Kiali, Grafana, Prometheus, Jaeger, …) through a port-forward')
            [CompletionResult]::new('dash', 'dash', [CompletionResultType]::ParameterValue, 'Open a mesh web UI (Kiali, Grafana, Prometheus, Jaeger, …) through a port-forward')
            [CompletionResult]::new('d', 'd', [CompletionResultType]::ParameterValue, 'Open a mesh web UI (Kiali, Grafana, Prometheus, Jaeger, …) through a port-forward')
            [CompletionResult]::new('analyze', 'analyze', [CompletionResultType]::ParameterValue, 'Find problems in Istio configuration (files, directories or stdin)')
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check whether Istio can be installed or upgraded in the cluster')
            [CompletionResult]::new('check-inject', 'check-inject', [CompletionResultType]::ParameterValue, 'Show which injection webhook would inject a pod, and why')
            [CompletionResult]::new('injector', 'injector', [CompletionResultType]::ParameterValue, 'List namespaces, the revisions injecting them and the injection hooks')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Create, list and remove revision tags (stable names for control plane revisions)')
            [CompletionResult]::new('experimental', 'experimental', [CompletionResultType]::ParameterValue, 'Experimental commands, as istioctl spells them (`x check-inject`, `x precheck`, …)')
            [CompletionResult]::new('x', 'x', [CompletionResultType]::ParameterValue, 'Experimental commands, as istioctl spells them (`x check-inject`, `x precheck`, …)')
            [CompletionResult]::new('exp', 'exp', [CompletionResultType]::ParameterValue, 'Experimental commands, as istioctl spells them (`x check-inject`, `x precheck`, …)')
            [CompletionResult]::new('proxy-config', 'proxy-config', [CompletionResultType]::ParameterValue, 'Show what a pod''s Envoy proxy was configured with (clusters, listeners, routes, …)')
            [CompletionResult]::new('pc', 'pc', [CompletionResultType]::ParameterValue, 'Show what a pod''s Envoy proxy was configured with (clusters, listeners, routes, …)')
            [CompletionResult]::new('proxy-status', 'proxy-status', [CompletionResultType]::ParameterValue, 'Sync state of every proxy as istiod sees it, or one pod''s config against istiod''s')
            [CompletionResult]::new('ps', 'ps', [CompletionResultType]::ParameterValue, 'Sync state of every proxy as istiod sees it, or one pod''s config against istiod''s')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Describe a pod or Service and the Istio configuration that affects it')
            [CompletionResult]::new('des', 'des', [CompletionResultType]::ParameterValue, 'Describe a pod or Service and the Istio configuration that affects it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;version' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Also ask the cluster which control plane versions run there (`--remote=false` to skip)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Print only the version numbers')
            [CompletionResult]::new('--short', '--short', [CompletionResultType]::ParameterName, 'Print only the version numbers')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;manifest' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print the Kubernetes objects the settings render, ready for `kubectl apply -f -`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;manifest;generate' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\.`')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\.`')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (the same as `--set revision=REV`)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (the same as `--set revision=REV`)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory holding `manifests/` and `profiles/` to use instead of the embedded ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Directory holding `manifests/` and `profiles/` to use instead of the embedded ones')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the manifest to this file instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the manifest to this file instead of stdout')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;manifest;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print the Kubernetes objects the settings render, ready for `kubectl apply -f -`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;manifest;help;generate' {
            break
        }
        'meshctl;manifest;help;help' {
            break
        }
        'meshctl;profile' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the available configuration profiles')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Print the complete settings of a profile (default: `default`)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show how two profiles differ (exit 1 when they do)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;profile;list' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;profile;dump' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator file(s) to overlay instead of a profile name')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator file(s) to overlay instead of a profile name')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override a setting (`path=value`)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override a setting (`path=value`)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Print only the subtree at this path, e.g. `components.pilot` or `values.global.proxy`')
            [CompletionResult]::new('--config-path', '--config-path', [CompletionResultType]::ParameterName, 'Print only the subtree at this path, e.g. `components.pilot` or `values.global.proxy`')
            [CompletionResult]::new('--configPath', '--configPath', [CompletionResultType]::ParameterName, 'Print only the subtree at this path, e.g. `components.pilot` or `values.global.proxy`')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;profile;diff' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the available configuration profiles')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Print the complete settings of a profile (default: `default`)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show how two profiles differ (exit 1 when they do)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;profile;help;list' {
            break
        }
        'meshctl;profile;help;dump' {
            break
        }
        'meshctl;profile;help;diff' {
            break
        }
        'meshctl;profile;help;help' {
            break
        }
        'meshctl;kube-inject' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Input: a file, `-` for stdin, or an `https://` URL')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Input: a file, `-` for stdin, or an `https://` URL')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the result here instead of stdout (may be the input file; replaced atomically, keeping its mode and owner)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the result here instead of stdout (may be the input file; replaced atomically, keeping its mode and owner)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override a setting: `path=value` (repeatable), e.g. `values.global.proxy.holdApplicationUntilProxyStarts=true`')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override a setting: `path=value` (repeatable), e.g. `values.global.proxy.holdApplicationUntilProxyStarts=true`')
            [CompletionResult]::new('--operatorFileName', '--operatorFileName', [CompletionResultType]::ParameterName, 'An IstioOperator file; its `spec.values` and `spec.meshConfig` override the other settings')
            [CompletionResult]::new('--operator-file-name', '--operator-file-name', [CompletionResultType]::ParameterName, 'An IstioOperator file; its `spec.values` and `spec.meshConfig` override the other settings')
            [CompletionResult]::new('--meshConfigFile', '--meshConfigFile', [CompletionResultType]::ParameterName, 'Mesh config YAML (the `mesh` key of the `istio` ConfigMap)')
            [CompletionResult]::new('--mesh-config-file', '--mesh-config-file', [CompletionResultType]::ParameterName, 'Mesh config YAML (the `mesh` key of the `istio` ConfigMap)')
            [CompletionResult]::new('--valuesFile', '--valuesFile', [CompletionResultType]::ParameterName, 'Injection values YAML or JSON (the `values` key of the `istio-sidecar-injector` ConfigMap)')
            [CompletionResult]::new('--values-file', '--values-file', [CompletionResultType]::ParameterName, 'Injection values YAML or JSON (the `values` key of the `istio-sidecar-injector` ConfigMap)')
            [CompletionResult]::new('--injectConfigFile', '--injectConfigFile', [CompletionResultType]::ParameterName, 'Injection config YAML (`templates`, `defaultTemplates`); Go templates are refused')
            [CompletionResult]::new('--inject-config-file', '--inject-config-file', [CompletionResultType]::ParameterName, 'Injection config YAML (`templates`, `defaultTemplates`); Go templates are refused')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('--native-sidecars', '--native-sidecars', [CompletionResultType]::ParameterName, 'Native sidecars: `auto` asks the cluster; with no cluster connection it means `true`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--offline', '--offline', [CompletionResultType]::ParameterName, 'Do not read the cluster''s injection settings: use meshctl''s built-in ones (and the flags)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Report only the workloads left without a sidecar')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Report only the workloads left without a sidecar')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;completion' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;install' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\.`')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\.`')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (the same as `--set revision=REV`)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (the same as `--set revision=REV`)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory holding `manifests/` and `profiles/` to use instead of the embedded ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Directory holding `manifests/` and `profiles/` to use instead of the embedded ones')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for each component to become ready (`--wait=false` applies and returns)')
            [CompletionResult]::new('--readiness-timeout', '--readiness-timeout', [CompletionResultType]::ParameterName, 'How long to wait for each component to become ready')
            [CompletionResult]::new('--readinessTimeout', '--readinessTimeout', [CompletionResultType]::ParameterName, 'How long to wait for each component to become ready')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--skipConfirmation', '--skipConfirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Ask the server what would change (`dryRun=All`) and print it, without changing anything')
            [CompletionResult]::new('--dryRun', '--dryRun', [CompletionResultType]::ParameterName, 'Ask the server what would change (`dryRun=All`) and print it, without changing anything')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Proceed despite validation errors: objects the server rejects as invalid are reported and skipped instead of stopping their component (the exit code is still 1), and a dry run''s local validation problems do not fail it')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Run `meshctl verify-install` once the installation is complete')
            [CompletionResult]::new('--skip-precheck', '--skip-precheck', [CompletionResultType]::ParameterName, 'Do not run `meshctl precheck`''s control plane checks first')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\.`')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\.`')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (the same as `--set revision=REV`)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (the same as `--set revision=REV`)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory holding `manifests/` and `profiles/` to use instead of the embedded ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Directory holding `manifests/` and `profiles/` to use instead of the embedded ones')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for each component to become ready (`--wait=false` applies and returns)')
            [CompletionResult]::new('--readiness-timeout', '--readiness-timeout', [CompletionResultType]::ParameterName, 'How long to wait for each component to become ready')
            [CompletionResult]::new('--readinessTimeout', '--readinessTimeout', [CompletionResultType]::ParameterName, 'How long to wait for each component to become ready')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--skipConfirmation', '--skipConfirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Ask the server what would change (`dryRun=All`) and print it, without changing anything')
            [CompletionResult]::new('--dryRun', '--dryRun', [CompletionResultType]::ParameterName, 'Ask the server what would change (`dryRun=All`) and print it, without changing anything')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Proceed despite validation errors: objects the server rejects as invalid are reported and skipped instead of stopping their component (the exit code is still 1), and a dry run''s local validation problems do not fail it')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Run `meshctl verify-install` once the installation is complete')
            [CompletionResult]::new('--skip-precheck', '--skip-precheck', [CompletionResultType]::ParameterName, 'Do not run `meshctl precheck`''s control plane checks first')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;upgrade' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\.`')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\.`')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (the same as `--set revision=REV`)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (the same as `--set revision=REV`)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory holding `manifests/` and `profiles/` to use instead of the embedded ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Directory holding `manifests/` and `profiles/` to use instead of the embedded ones')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for each component to become ready (`--wait=false` applies and returns)')
            [CompletionResult]::new('--readiness-timeout', '--readiness-timeout', [CompletionResultType]::ParameterName, 'How long to wait for each component to become ready')
            [CompletionResult]::new('--readinessTimeout', '--readinessTimeout', [CompletionResultType]::ParameterName, 'How long to wait for each component to become ready')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--skipConfirmation', '--skipConfirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Ask the server what would change (`dryRun=All`) and print it, without changing anything')
            [CompletionResult]::new('--dryRun', '--dryRun', [CompletionResultType]::ParameterName, 'Ask the server what would change (`dryRun=All`) and print it, without changing anything')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Proceed despite validation errors: objects the server rejects as invalid are reported and skipped instead of stopping their component (the exit code is still 1), and a dry run''s local validation problems do not fail it')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Run `meshctl verify-install` once the installation is complete')
            [CompletionResult]::new('--skip-precheck', '--skip-precheck', [CompletionResultType]::ParameterName, 'Do not run `meshctl precheck`''s control plane checks first')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;uninstall' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\.`')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\.`')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (the same as `--set revision=REV`)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (the same as `--set revision=REV`)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory holding `manifests/` and `profiles/` to use instead of the embedded ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Directory holding `manifests/` and `profiles/` to use instead of the embedded ones')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--purge', '--purge', [CompletionResultType]::ParameterName, 'Remove every Istio object install created, of every revision, CRDs included')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--skipConfirmation', '--skipConfirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be removed without removing it')
            [CompletionResult]::new('--dryRun', '--dryRun', [CompletionResultType]::ParameterName, 'Show what would be removed without removing it')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Remove a revision even while namespaces or tags still use it')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;verify-install' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\.`')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\.`')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (the same as `--set revision=REV`)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (the same as `--set revision=REV`)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory holding `manifests/` and `profiles/` to use instead of the embedded ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Directory holding `manifests/` and `profiles/` to use instead of the embedded ones')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dashboard' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Kiali, the mesh console')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Grafana metrics dashboards')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Prometheus')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Jaeger tracing UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'The Zipkin API (served by Jaeger)')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'SkyWalking UI')
            [CompletionResult]::new('loki', 'loki', [CompletionResultType]::ParameterValue, 'Loki''s API (Loki has no web UI: the URL is printed)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'The Envoy admin page (port 15000) of a workload''s sidecar')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'The Envoy admin page (port 15000) of a workload''s sidecar')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'istiod''s ControlZ page')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'istiod''s debug endpoints')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;dash' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Kiali, the mesh console')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Grafana metrics dashboards')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Prometheus')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Jaeger tracing UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'The Zipkin API (served by Jaeger)')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'SkyWalking UI')
            [CompletionResult]::new('loki', 'loki', [CompletionResultType]::ParameterValue, 'Loki''s API (Loki has no web UI: the URL is printed)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'The Envoy admin page (port 15000) of a workload''s sidecar')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'The Envoy admin page (port 15000) of a workload''s sidecar')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'istiod''s ControlZ page')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'istiod''s debug endpoints')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;d' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Kiali, the mesh console')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Grafana metrics dashboards')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Prometheus')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Jaeger tracing UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'The Zipkin API (served by Jaeger)')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'SkyWalking UI')
            [CompletionResult]::new('loki', 'loki', [CompletionResultType]::ParameterValue, 'Loki''s API (Loki has no web UI: the URL is printed)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'The Envoy admin page (port 15000) of a workload''s sidecar')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'The Envoy admin page (port 15000) of a workload''s sidecar')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'istiod''s ControlZ page')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'istiod''s debug endpoints')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;dashboard;kiali' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dash;kiali' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;d;kiali' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dashboard;grafana' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dash;grafana' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;d;grafana' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dashboard;prometheus' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dash;prometheus' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;d;prometheus' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dashboard;jaeger' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dash;jaeger' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;d;jaeger' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dashboard;zipkin' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dash;zipkin' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;d;zipkin' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dashboard;skywalking' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dash;skywalking' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;d;skywalking' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dashboard;loki' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dash;loki' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;d;loki' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the addon''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dashboard;envoy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dashboard;proxy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dash;envoy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dash;proxy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;d;envoy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;d;proxy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dashboard;controlz' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dash;controlz' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;d;controlz' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dashboard;istiod-debug' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dash;istiod-debug' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;d;istiod-debug' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector choosing the pod instead of naming it')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('--uiPort', '--uiPort', [CompletionResultType]::ParameterName, 'Remote port (default: the dashboard''s usual port)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port (default: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Local address to listen on (`localhost` binds 127.0.0.1 and ::1)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser (`--browser=false` only prints the URL)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;dashboard;help' {
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Kiali, the mesh console')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Grafana metrics dashboards')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Prometheus')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Jaeger tracing UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'The Zipkin API (served by Jaeger)')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'SkyWalking UI')
            [CompletionResult]::new('loki', 'loki', [CompletionResultType]::ParameterValue, 'Loki''s API (Loki has no web UI: the URL is printed)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'The Envoy admin page (port 15000) of a workload''s sidecar')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'istiod''s ControlZ page')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'istiod''s debug endpoints')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;dashboard;help;kiali' {
            break
        }
        'meshctl;dashboard;help;grafana' {
            break
        }
        'meshctl;dashboard;help;prometheus' {
            break
        }
        'meshctl;dashboard;help;jaeger' {
            break
        }
        'meshctl;dashboard;help;zipkin' {
            break
        }
        'meshctl;dashboard;help;skywalking' {
            break
        }
        'meshctl;dashboard;help;loki' {
            break
        }
        'meshctl;dashboard;help;envoy' {
            break
        }
        'meshctl;dashboard;help;controlz' {
            break
        }
        'meshctl;dashboard;help;istiod-debug' {
            break
        }
        'meshctl;dashboard;help;help' {
            break
        }
        'meshctl;dash;help' {
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Kiali, the mesh console')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Grafana metrics dashboards')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Prometheus')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Jaeger tracing UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'The Zipkin API (served by Jaeger)')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'SkyWalking UI')
            [CompletionResult]::new('loki', 'loki', [CompletionResultType]::ParameterValue, 'Loki''s API (Loki has no web UI: the URL is printed)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'The Envoy admin page (port 15000) of a workload''s sidecar')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'istiod''s ControlZ page')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'istiod''s debug endpoints')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;dash;help;kiali' {
            break
        }
        'meshctl;dash;help;grafana' {
            break
        }
        'meshctl;dash;help;prometheus' {
            break
        }
        'meshctl;dash;help;jaeger' {
            break
        }
        'meshctl;dash;help;zipkin' {
            break
        }
        'meshctl;dash;help;skywalking' {
            break
        }
        'meshctl;dash;help;loki' {
            break
        }
        'meshctl;dash;help;envoy' {
            break
        }
        'meshctl;dash;help;controlz' {
            break
        }
        'meshctl;dash;help;istiod-debug' {
            break
        }
        'meshctl;dash;help;help' {
            break
        }
        'meshctl;d;help' {
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Kiali, the mesh console')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Grafana metrics dashboards')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Prometheus')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Jaeger tracing UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'The Zipkin API (served by Jaeger)')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'SkyWalking UI')
            [CompletionResult]::new('loki', 'loki', [CompletionResultType]::ParameterValue, 'Loki''s API (Loki has no web UI: the URL is printed)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'The Envoy admin page (port 15000) of a workload''s sidecar')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'istiod''s ControlZ page')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'istiod''s debug endpoints')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;d;help;kiali' {
            break
        }
        'meshctl;d;help;grafana' {
            break
        }
        'meshctl;d;help;prometheus' {
            break
        }
        'meshctl;d;help;jaeger' {
            break
        }
        'meshctl;d;help;zipkin' {
            break
        }
        'meshctl;d;help;skywalking' {
            break
        }
        'meshctl;d;help;loki' {
            break
        }
        'meshctl;d;help;envoy' {
            break
        }
        'meshctl;d;help;controlz' {
            break
        }
        'meshctl;d;help;istiod-debug' {
            break
        }
        'meshctl;d;help;help' {
            break
        }
        'meshctl;analyze' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Read resources from the live cluster (`--use-kube=false` analyses files only)')
            [CompletionResult]::new('--use-kube', '--use-kube', [CompletionResultType]::ParameterName, 'Read resources from the live cluster (`--use-kube=false` analyses files only)')
            [CompletionResult]::new('--useKube', '--useKube', [CompletionResultType]::ParameterName, 'Read resources from the live cluster (`--use-kube=false` analyses files only)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: `log`, `json`, `yaml` or `sarif` (SARIF 2.1.0, for CI code scanning). `json`, `yaml` and `sarif` exit 0 whatever they report (as istioctl), unless `--failure-threshold` is given explicitly')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: `log`, `json`, `yaml` or `sarif` (SARIF 2.1.0, for CI code scanning). `json`, `yaml` and `sarif` exit 0 whatever they report (as istioctl), unless `--failure-threshold` is given explicitly')
            [CompletionResult]::new('--output-threshold', '--output-threshold', [CompletionResultType]::ParameterName, 'Lowest level printed: Info, Warning or Error')
            [CompletionResult]::new('--outputThreshold', '--outputThreshold', [CompletionResultType]::ParameterName, 'Lowest level printed: Info, Warning or Error')
            [CompletionResult]::new('--failure-threshold', '--failure-threshold', [CompletionResultType]::ParameterName, 'Lowest level that makes the exit code non-zero (79): Info, Warning or Error [default: Error; with `-o json|yaml|sarif` only when given]')
            [CompletionResult]::new('--failureThreshold', '--failureThreshold', [CompletionResultType]::ParameterName, 'Lowest level that makes the exit code non-zero (79): Info, Warning or Error [default: Error; with `-o json|yaml|sarif` only when given]')
            [CompletionResult]::new('-S', '-S ', [CompletionResultType]::ParameterName, 'Suppress messages: `CODE=Kind ns/name` (`*` globs in the resource), repeatable')
            [CompletionResult]::new('--suppress', '--suppress', [CompletionResultType]::ParameterName, 'Suppress messages: `CODE=Kind ns/name` (`*` globs in the resource), repeatable')
            [CompletionResult]::new('--analyzer', '--analyzer', [CompletionResultType]::ParameterName, 'Run only this analyzer (by name, as `-L` lists them); repeatable')
            [CompletionResult]::new('--meshConfigFile', '--meshConfigFile', [CompletionResultType]::ParameterName, 'A MeshConfig file that overrides the defaults and the cluster''s mesh config')
            [CompletionResult]::new('--mesh-config-file', '--mesh-config-file', [CompletionResultType]::ParameterName, 'A MeshConfig file that overrides the defaults and the cluster''s mesh config')
            [CompletionResult]::new('--meshNetworksFile', '--meshNetworksFile', [CompletionResultType]::ParameterName, 'A MeshNetworks file to check')
            [CompletionResult]::new('--mesh-networks-file', '--mesh-networks-file', [CompletionResultType]::ParameterName, 'A MeshNetworks file to check')
            [CompletionResult]::new('--ignore-unknown', '--ignore-unknown', [CompletionResultType]::ParameterName, 'Do not fail (exit 65) because some documents could not be parsed')
            [CompletionResult]::new('--ignoreUnknown', '--ignoreUnknown', [CompletionResultType]::ParameterName, 'Do not fail (exit 65) because some documents could not be parsed')
            [CompletionResult]::new('-R', '-R ', [CompletionResultType]::ParameterName, 'Walk directories recursively (`--recursive=false` reads only the files directly in them)')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Walk directories recursively (`--recursive=false` reads only the files directly in them)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the level of each message [default: when stdout is a terminal, `NO_COLOR` is unset and `TERM` is not `dumb`]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long reading the cluster may take, e.g. `30s`, `2m`')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision to analyse in the live cluster')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision to analyse in the live cluster')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Analyse every namespace instead of only the selected one')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Analyse every namespace instead of only the selected one')
            [CompletionResult]::new('--allNamespaces', '--allNamespaces', [CompletionResultType]::ParameterName, 'Analyse every namespace instead of only the selected one')
            [CompletionResult]::new('-L', '-L ', [CompletionResultType]::ParameterName, 'List the analyzers and exit')
            [CompletionResult]::new('--list-analyzers', '--list-analyzers', [CompletionResultType]::ParameterName, 'List the analyzers and exit')
            [CompletionResult]::new('--listAnalyzers', '--listAnalyzers', [CompletionResultType]::ParameterName, 'List the analyzers and exit')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;precheck' {
            [CompletionResult]::new('--output-threshold', '--output-threshold', [CompletionResultType]::ParameterName, 'Lowest level printed: Info, Warning or Error')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: log, json or yaml')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: log, json or yaml')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The Istio version upgraded from (e.g. 1.21), to report what changed since')
            [CompletionResult]::new('--from-version', '--from-version', [CompletionResultType]::ParameterName, 'The Istio version upgraded from (e.g. 1.21), to report what changed since')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The control plane revision to check')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The control plane revision to check')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--skip-controlplane', '--skip-controlplane', [CompletionResultType]::ParameterName, 'Skip the control plane checks (version, permissions, Gateway API CRDs)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;check-inject' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Check a pod that would carry these labels (`k=v,k2=v2`) in the `-n` namespace instead')
            [CompletionResult]::new('--labels', '--labels', [CompletionResultType]::ParameterName, 'Check a pod that would carry these labels (`k=v,k2=v2`) in the `-n` namespace instead')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;injector' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces and the revisions injecting them, and the injection hooks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;injector;list' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;injector;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces and the revisions injecting them, and the injection hooks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;injector;help;list' {
            break
        }
        'meshctl;injector;help;help' {
            break
        }
        'meshctl;tag' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or modify a revision tag (applies it to the cluster)')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print the objects a revision tag consists of, without applying them')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List revision tags, the revisions they point at and the namespaces using them')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'List revision tags, the revisions they point at and the namespaces using them')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a revision tag')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove a revision tag')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;tag;set' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The control plane revision the tag points at')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The control plane revision the tag points at')
            [CompletionResult]::new('--webhook-name', '--webhook-name', [CompletionResultType]::ParameterName, 'Name of the tag''s MutatingWebhookConfiguration (default: istio-revision-tag-<tag>)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace an existing tag of the same name')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation when the tag would conflict with other webhooks')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation when the tag would conflict with other webhooks')
            [CompletionResult]::new('--skipConfirmation', '--skipConfirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation when the tag would conflict with other webhooks')
            [CompletionResult]::new('--auto-inject-namespaces', '--auto-inject-namespaces', [CompletionResultType]::ParameterName, 'The default tag also injects every namespace without injection labels')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;tag;generate' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The control plane revision the tag points at')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The control plane revision the tag points at')
            [CompletionResult]::new('--webhook-name', '--webhook-name', [CompletionResultType]::ParameterName, 'Name of the tag''s MutatingWebhookConfiguration (default: istio-revision-tag-<tag>)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace an existing tag of the same name')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation when the tag would conflict with other webhooks')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation when the tag would conflict with other webhooks')
            [CompletionResult]::new('--skipConfirmation', '--skipConfirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation when the tag would conflict with other webhooks')
            [CompletionResult]::new('--auto-inject-namespaces', '--auto-inject-namespaces', [CompletionResultType]::ParameterName, 'The default tag also injects every namespace without injection labels')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;tag;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json or yaml')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json or yaml')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;tag;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json or yaml')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table, json or yaml')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;tag;remove' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation when namespaces still use the tag')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation when namespaces still use the tag')
            [CompletionResult]::new('--skipConfirmation', '--skipConfirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation when namespaces still use the tag')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;tag;delete' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation when namespaces still use the tag')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation when namespaces still use the tag')
            [CompletionResult]::new('--skipConfirmation', '--skipConfirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation when namespaces still use the tag')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;tag;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or modify a revision tag (applies it to the cluster)')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print the objects a revision tag consists of, without applying them')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List revision tags, the revisions they point at and the namespaces using them')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a revision tag')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;tag;help;set' {
            break
        }
        'meshctl;tag;help;generate' {
            break
        }
        'meshctl;tag;help;list' {
            break
        }
        'meshctl;tag;help;remove' {
            break
        }
        'meshctl;tag;help;help' {
            break
        }
        'meshctl;experimental' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check whether Istio can be installed or upgraded in the cluster')
            [CompletionResult]::new('check-inject', 'check-inject', [CompletionResultType]::ParameterValue, 'Show which injection webhook would inject a pod, and why')
            [CompletionResult]::new('injector', 'injector', [CompletionResultType]::ParameterValue, 'List namespaces, the revisions injecting them and the injection hooks')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Describe a pod or Service and the Istio configuration that affects it')
            [CompletionResult]::new('des', 'des', [CompletionResultType]::ParameterValue, 'Describe a pod or Service and the Istio configuration that affects it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;x' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check whether Istio can be installed or upgraded in the cluster')
            [CompletionResult]::new('check-inject', 'check-inject', [CompletionResultType]::ParameterValue, 'Show which injection webhook would inject a pod, and why')
            [CompletionResult]::new('injector', 'injector', [CompletionResultType]::ParameterValue, 'List namespaces, the revisions injecting them and the injection hooks')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Describe a pod or Service and the Istio configuration that affects it')
            [CompletionResult]::new('des', 'des', [CompletionResultType]::ParameterValue, 'Describe a pod or Service and the Istio configuration that affects it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;exp' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check whether Istio can be installed or upgraded in the cluster')
            [CompletionResult]::new('check-inject', 'check-inject', [CompletionResultType]::ParameterValue, 'Show which injection webhook would inject a pod, and why')
            [CompletionResult]::new('injector', 'injector', [CompletionResultType]::ParameterValue, 'List namespaces, the revisions injecting them and the injection hooks')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Describe a pod or Service and the Istio configuration that affects it')
            [CompletionResult]::new('des', 'des', [CompletionResultType]::ParameterValue, 'Describe a pod or Service and the Istio configuration that affects it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;experimental;precheck' {
            [CompletionResult]::new('--output-threshold', '--output-threshold', [CompletionResultType]::ParameterName, 'Lowest level printed: Info, Warning or Error')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: log, json or yaml')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: log, json or yaml')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The Istio version upgraded from (e.g. 1.21), to report what changed since')
            [CompletionResult]::new('--from-version', '--from-version', [CompletionResultType]::ParameterName, 'The Istio version upgraded from (e.g. 1.21), to report what changed since')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The control plane revision to check')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The control plane revision to check')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--skip-controlplane', '--skip-controlplane', [CompletionResultType]::ParameterName, 'Skip the control plane checks (version, permissions, Gateway API CRDs)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;x;precheck' {
            [CompletionResult]::new('--output-threshold', '--output-threshold', [CompletionResultType]::ParameterName, 'Lowest level printed: Info, Warning or Error')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: log, json or yaml')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: log, json or yaml')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The Istio version upgraded from (e.g. 1.21), to report what changed since')
            [CompletionResult]::new('--from-version', '--from-version', [CompletionResultType]::ParameterName, 'The Istio version upgraded from (e.g. 1.21), to report what changed since')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The control plane revision to check')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The control plane revision to check')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--skip-controlplane', '--skip-controlplane', [CompletionResultType]::ParameterName, 'Skip the control plane checks (version, permissions, Gateway API CRDs)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;exp;precheck' {
            [CompletionResult]::new('--output-threshold', '--output-threshold', [CompletionResultType]::ParameterName, 'Lowest level printed: Info, Warning or Error')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: log, json or yaml')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: log, json or yaml')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The Istio version upgraded from (e.g. 1.21), to report what changed since')
            [CompletionResult]::new('--from-version', '--from-version', [CompletionResultType]::ParameterName, 'The Istio version upgraded from (e.g. 1.21), to report what changed since')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The control plane revision to check')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The control plane revision to check')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--skip-controlplane', '--skip-controlplane', [CompletionResultType]::ParameterName, 'Skip the control plane checks (version, permissions, Gateway API CRDs)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;experimental;check-inject' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Check a pod that would carry these labels (`k=v,k2=v2`) in the `-n` namespace instead')
            [CompletionResult]::new('--labels', '--labels', [CompletionResultType]::ParameterName, 'Check a pod that would carry these labels (`k=v,k2=v2`) in the `-n` namespace instead')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;x;check-inject' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Check a pod that would carry these labels (`k=v,k2=v2`) in the `-n` namespace instead')
            [CompletionResult]::new('--labels', '--labels', [CompletionResultType]::ParameterName, 'Check a pod that would carry these labels (`k=v,k2=v2`) in the `-n` namespace instead')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;exp;check-inject' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Check a pod that would carry these labels (`k=v,k2=v2`) in the `-n` namespace instead')
            [CompletionResult]::new('--labels', '--labels', [CompletionResultType]::ParameterName, 'Check a pod that would carry these labels (`k=v,k2=v2`) in the `-n` namespace instead')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;experimental;injector' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces and the revisions injecting them, and the injection hooks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;experimental;injector;list' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;experimental;injector;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces and the revisions injecting them, and the injection hooks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;experimental;injector;help;list' {
            break
        }
        'meshctl;experimental;injector;help;help' {
            break
        }
        'meshctl;x;injector' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces and the revisions injecting them, and the injection hooks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;x;injector;list' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;x;injector;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces and the revisions injecting them, and the injection hooks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;x;injector;help;list' {
            break
        }
        'meshctl;x;injector;help;help' {
            break
        }
        'meshctl;exp;injector' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces and the revisions injecting them, and the injection hooks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;exp;injector;list' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;exp;injector;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces and the revisions injecting them, and the injection hooks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;exp;injector;help;list' {
            break
        }
        'meshctl;exp;injector;help;help' {
            break
        }
        'meshctl;experimental;describe' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('po', 'po', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;experimental;des' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('po', 'po', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;experimental;describe;pod' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;experimental;describe;po' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;experimental;des;pod' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;experimental;des;po' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;experimental;describe;service' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;experimental;describe;svc' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;experimental;des;service' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;experimental;des;svc' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;experimental;describe;help' {
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;experimental;describe;help;pod' {
            break
        }
        'meshctl;experimental;describe;help;service' {
            break
        }
        'meshctl;experimental;describe;help;help' {
            break
        }
        'meshctl;experimental;des;help' {
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;experimental;des;help;pod' {
            break
        }
        'meshctl;experimental;des;help;service' {
            break
        }
        'meshctl;experimental;des;help;help' {
            break
        }
        'meshctl;x;describe' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('po', 'po', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;x;des' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('po', 'po', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;x;describe;pod' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;x;describe;po' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;x;des;pod' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;x;des;po' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;x;describe;service' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;x;describe;svc' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;x;des;service' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;x;des;svc' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;x;describe;help' {
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;x;describe;help;pod' {
            break
        }
        'meshctl;x;describe;help;service' {
            break
        }
        'meshctl;x;describe;help;help' {
            break
        }
        'meshctl;x;des;help' {
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;x;des;help;pod' {
            break
        }
        'meshctl;x;des;help;service' {
            break
        }
        'meshctl;x;des;help;help' {
            break
        }
        'meshctl;exp;describe' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('po', 'po', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;exp;des' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('po', 'po', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;exp;describe;pod' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;exp;describe;po' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;exp;des;pod' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;exp;des;po' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;exp;describe;service' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;exp;describe;svc' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;exp;des;service' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;exp;des;svc' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;exp;describe;help' {
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;exp;describe;help;pod' {
            break
        }
        'meshctl;exp;describe;help;service' {
            break
        }
        'meshctl;exp;describe;help;help' {
            break
        }
        'meshctl;exp;des;help' {
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;exp;des;help;pod' {
            break
        }
        'meshctl;exp;des;help;service' {
            break
        }
        'meshctl;exp;des;help;help' {
            break
        }
        'meshctl;experimental;help' {
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check whether Istio can be installed or upgraded in the cluster')
            [CompletionResult]::new('check-inject', 'check-inject', [CompletionResultType]::ParameterValue, 'Show which injection webhook would inject a pod, and why')
            [CompletionResult]::new('injector', 'injector', [CompletionResultType]::ParameterValue, 'List namespaces, the revisions injecting them and the injection hooks')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Describe a pod or Service and the Istio configuration that affects it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;experimental;help;precheck' {
            break
        }
        'meshctl;experimental;help;check-inject' {
            break
        }
        'meshctl;experimental;help;injector' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces and the revisions injecting them, and the injection hooks')
            break
        }
        'meshctl;experimental;help;injector;list' {
            break
        }
        'meshctl;experimental;help;describe' {
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            break
        }
        'meshctl;experimental;help;describe;pod' {
            break
        }
        'meshctl;experimental;help;describe;service' {
            break
        }
        'meshctl;experimental;help;help' {
            break
        }
        'meshctl;x;help' {
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check whether Istio can be installed or upgraded in the cluster')
            [CompletionResult]::new('check-inject', 'check-inject', [CompletionResultType]::ParameterValue, 'Show which injection webhook would inject a pod, and why')
            [CompletionResult]::new('injector', 'injector', [CompletionResultType]::ParameterValue, 'List namespaces, the revisions injecting them and the injection hooks')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Describe a pod or Service and the Istio configuration that affects it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;x;help;precheck' {
            break
        }
        'meshctl;x;help;check-inject' {
            break
        }
        'meshctl;x;help;injector' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces and the revisions injecting them, and the injection hooks')
            break
        }
        'meshctl;x;help;injector;list' {
            break
        }
        'meshctl;x;help;describe' {
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            break
        }
        'meshctl;x;help;describe;pod' {
            break
        }
        'meshctl;x;help;describe;service' {
            break
        }
        'meshctl;x;help;help' {
            break
        }
        'meshctl;exp;help' {
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check whether Istio can be installed or upgraded in the cluster')
            [CompletionResult]::new('check-inject', 'check-inject', [CompletionResultType]::ParameterValue, 'Show which injection webhook would inject a pod, and why')
            [CompletionResult]::new('injector', 'injector', [CompletionResultType]::ParameterValue, 'List namespaces, the revisions injecting them and the injection hooks')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Describe a pod or Service and the Istio configuration that affects it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;exp;help;precheck' {
            break
        }
        'meshctl;exp;help;check-inject' {
            break
        }
        'meshctl;exp;help;injector' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces and the revisions injecting them, and the injection hooks')
            break
        }
        'meshctl;exp;help;injector;list' {
            break
        }
        'meshctl;exp;help;describe' {
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            break
        }
        'meshctl;exp;help;describe;pod' {
            break
        }
        'meshctl;exp;help;describe;service' {
            break
        }
        'meshctl;exp;help;help' {
            break
        }
        'meshctl;proxy-config' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters of a pod''s Envoy (service, port, subset, direction, type, DestinationRule)')
            [CompletionResult]::new('clusters', 'clusters', [CompletionResultType]::ParameterValue, 'Clusters of a pod''s Envoy (service, port, subset, direction, type, DestinationRule)')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Clusters of a pod''s Envoy (service, port, subset, direction, type, DestinationRule)')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Every section at once: bootstrap, clusters, listeners, routes, secrets, endpoints')
            [CompletionResult]::new('a', 'a', [CompletionResultType]::ParameterValue, 'Every section at once: bootstrap, clusters, listeners, routes, secrets, endpoints')
            [CompletionResult]::new('listener', 'listener', [CompletionResultType]::ParameterValue, 'Listeners of a pod''s Envoy, one row per filter chain')
            [CompletionResult]::new('listeners', 'listeners', [CompletionResultType]::ParameterValue, 'Listeners of a pod''s Envoy, one row per filter chain')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'Listeners of a pod''s Envoy, one row per filter chain')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Routes of a pod''s Envoy, one row per route with its VirtualService')
            [CompletionResult]::new('routes', 'routes', [CompletionResultType]::ParameterValue, 'Routes of a pod''s Envoy, one row per route with its VirtualService')
            [CompletionResult]::new('r', 'r', [CompletionResultType]::ParameterValue, 'Routes of a pod''s Envoy, one row per route with its VirtualService')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Endpoints (hosts) of a pod''s Envoy with their health, from /clusters')
            [CompletionResult]::new('endpoints', 'endpoints', [CompletionResultType]::ParameterValue, 'Endpoints (hosts) of a pod''s Envoy with their health, from /clusters')
            [CompletionResult]::new('ep', 'ep', [CompletionResultType]::ParameterValue, 'Endpoints (hosts) of a pod''s Envoy with their health, from /clusters')
            [CompletionResult]::new('eds', 'eds', [CompletionResultType]::ParameterValue, 'Endpoints as delivered by EDS, from the config dump')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Certificates and trust bundles a pod''s Envoy holds')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'Certificates and trust bundles a pod''s Envoy holds')
            [CompletionResult]::new('s', 's', [CompletionResultType]::ParameterValue, 'Certificates and trust bundles a pod''s Envoy holds')
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'Bootstrap configuration of a pod''s Envoy (`-o short`: versions only)')
            [CompletionResult]::new('b', 'b', [CompletionResultType]::ParameterValue, 'Bootstrap configuration of a pod''s Envoy (`-o short`: versions only)')
            [CompletionResult]::new('ecds', 'ecds', [CompletionResultType]::ParameterValue, 'Filters delivered by extension config discovery (ECDS), e.g. Wasm plugins')
            [CompletionResult]::new('ec', 'ec', [CompletionResultType]::ParameterValue, 'Filters delivered by extension config discovery (ECDS), e.g. Wasm plugins')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show or change the log levels of Envoy in one or more pods')
            [CompletionResult]::new('o', 'o', [CompletionResultType]::ParameterValue, 'Show or change the log levels of Envoy in one or more pods')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;pc' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters of a pod''s Envoy (service, port, subset, direction, type, DestinationRule)')
            [CompletionResult]::new('clusters', 'clusters', [CompletionResultType]::ParameterValue, 'Clusters of a pod''s Envoy (service, port, subset, direction, type, DestinationRule)')
            [CompletionResult]::new('c', 'c', [CompletionResultType]::ParameterValue, 'Clusters of a pod''s Envoy (service, port, subset, direction, type, DestinationRule)')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Every section at once: bootstrap, clusters, listeners, routes, secrets, endpoints')
            [CompletionResult]::new('a', 'a', [CompletionResultType]::ParameterValue, 'Every section at once: bootstrap, clusters, listeners, routes, secrets, endpoints')
            [CompletionResult]::new('listener', 'listener', [CompletionResultType]::ParameterValue, 'Listeners of a pod''s Envoy, one row per filter chain')
            [CompletionResult]::new('listeners', 'listeners', [CompletionResultType]::ParameterValue, 'Listeners of a pod''s Envoy, one row per filter chain')
            [CompletionResult]::new('l', 'l', [CompletionResultType]::ParameterValue, 'Listeners of a pod''s Envoy, one row per filter chain')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Routes of a pod''s Envoy, one row per route with its VirtualService')
            [CompletionResult]::new('routes', 'routes', [CompletionResultType]::ParameterValue, 'Routes of a pod''s Envoy, one row per route with its VirtualService')
            [CompletionResult]::new('r', 'r', [CompletionResultType]::ParameterValue, 'Routes of a pod''s Envoy, one row per route with its VirtualService')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Endpoints (hosts) of a pod''s Envoy with their health, from /clusters')
            [CompletionResult]::new('endpoints', 'endpoints', [CompletionResultType]::ParameterValue, 'Endpoints (hosts) of a pod''s Envoy with their health, from /clusters')
            [CompletionResult]::new('ep', 'ep', [CompletionResultType]::ParameterValue, 'Endpoints (hosts) of a pod''s Envoy with their health, from /clusters')
            [CompletionResult]::new('eds', 'eds', [CompletionResultType]::ParameterValue, 'Endpoints as delivered by EDS, from the config dump')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Certificates and trust bundles a pod''s Envoy holds')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'Certificates and trust bundles a pod''s Envoy holds')
            [CompletionResult]::new('s', 's', [CompletionResultType]::ParameterValue, 'Certificates and trust bundles a pod''s Envoy holds')
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'Bootstrap configuration of a pod''s Envoy (`-o short`: versions only)')
            [CompletionResult]::new('b', 'b', [CompletionResultType]::ParameterValue, 'Bootstrap configuration of a pod''s Envoy (`-o short`: versions only)')
            [CompletionResult]::new('ecds', 'ecds', [CompletionResultType]::ParameterValue, 'Filters delivered by extension config discovery (ECDS), e.g. Wasm plugins')
            [CompletionResult]::new('ec', 'ec', [CompletionResultType]::ParameterValue, 'Filters delivered by extension config discovery (ECDS), e.g. Wasm plugins')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show or change the log levels of Envoy in one or more pods')
            [CompletionResult]::new('o', 'o', [CompletionResultType]::ParameterValue, 'Show or change the log levels of Envoy in one or more pods')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;proxy-config;cluster' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters for this port')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this subset')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction (inbound, outbound)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;clusters' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters for this port')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this subset')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction (inbound, outbound)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;c' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters for this port')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this subset')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction (inbound, outbound)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;cluster' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters for this port')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this subset')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction (inbound, outbound)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;clusters' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters for this port')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this subset')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction (inbound, outbound)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;c' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters for this port')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this subset')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction (inbound, outbound)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;all' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters of this subset')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters, listeners and endpoints on this port')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners and endpoints on this address')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Listener and route rows in detail')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`json`/`yaml`: the whole dump)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`json`/`yaml`: the whole dump)')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--with-headers', '--with-headers', [CompletionResultType]::ParameterName, 'A banner before each section')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;a' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters of this subset')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters, listeners and endpoints on this port')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners and endpoints on this address')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Listener and route rows in detail')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`json`/`yaml`: the whole dump)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`json`/`yaml`: the whole dump)')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--with-headers', '--with-headers', [CompletionResultType]::ParameterName, 'A banner before each section')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;all' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters of this subset')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters, listeners and endpoints on this port')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners and endpoints on this address')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Listener and route rows in detail')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`json`/`yaml`: the whole dump)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`json`/`yaml`: the whole dump)')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--with-headers', '--with-headers', [CompletionResultType]::ParameterName, 'A banner before each section')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;a' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--fqdn', '--fqdn', [CompletionResultType]::ParameterName, 'Only clusters whose name contains this FQDN')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'Only clusters of this direction')
            [CompletionResult]::new('--subset', '--subset', [CompletionResultType]::ParameterName, 'Only clusters of this subset')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only clusters, listeners and endpoints on this port')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners and endpoints on this address')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Listener and route rows in detail')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`json`/`yaml`: the whole dump)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`json`/`yaml`: the whole dump)')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--with-headers', '--with-headers', [CompletionResultType]::ParameterName, 'A banner before each section')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;listener' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners on this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only listeners on this port')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type (HTTP, TCP, HTTP+TCP)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per filter chain with its match and destination')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;listeners' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners on this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only listeners on this port')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type (HTTP, TCP, HTTP+TCP)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per filter chain with its match and destination')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;l' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners on this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only listeners on this port')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type (HTTP, TCP, HTTP+TCP)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per filter chain with its match and destination')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;listener' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners on this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only listeners on this port')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type (HTTP, TCP, HTTP+TCP)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per filter chain with its match and destination')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;listeners' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners on this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only listeners on this port')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type (HTTP, TCP, HTTP+TCP)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per filter chain with its match and destination')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;l' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only listeners on this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only listeners on this port')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only listeners of this type (HTTP, TCP, HTTP+TCP)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per filter chain with its match and destination')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;route' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per route with its match and VirtualService')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;routes' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per route with its match and VirtualService')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;r' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per route with its match and VirtualService')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;route' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per route with its match and VirtualService')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;routes' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per route with its match and VirtualService')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;r' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the route configuration of this name')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'One row per route with its match and VirtualService')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;endpoint' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only endpoints with this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only endpoints on this port')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status (HEALTHY, UNHEALTHY, …)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;endpoints' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only endpoints with this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only endpoints on this port')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status (HEALTHY, UNHEALTHY, …)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;ep' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only endpoints with this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only endpoints on this port')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status (HEALTHY, UNHEALTHY, …)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;endpoint' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only endpoints with this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only endpoints on this port')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status (HEALTHY, UNHEALTHY, …)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;endpoints' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only endpoints with this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only endpoints on this port')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status (HEALTHY, UNHEALTHY, …)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;ep' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only endpoints with this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only endpoints on this port')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status (HEALTHY, UNHEALTHY, …)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;eds' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only endpoints with this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only endpoints on this port')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status (HEALTHY, UNHEALTHY, …)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;eds' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Only endpoints with this address')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Only endpoints on this port')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Only endpoints of this cluster')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only endpoints with this health status (HEALTHY, UNHEALTHY, …)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;secret' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;secrets' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;s' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;secret' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;secrets' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;s' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;bootstrap' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`short`: the Istio and Envoy versions)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`short`: the Istio and Envoy versions)')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;b' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`short`: the Istio and Envoy versions)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`short`: the Istio and Envoy versions)')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;bootstrap' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`short`: the Istio and Envoy versions)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`short`: the Istio and Envoy versions)')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;b' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (`short`: the Istio and Envoy versions)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (`short`: the Istio and Envoy versions)')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;ecds' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;ec' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;ecds' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;ec' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read a saved Envoy config dump instead of asking a pod (`-` for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;log' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Pods by label selector in the namespace, instead of a pod name')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Pods by label selector in the namespace, instead of a pod name')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Levels to set: `<level>` for all loggers and/or `<logger>:<level>`, comma-separated')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Reset levels to the mesh default (the injector''s `global.proxy.logLevel`, else warning)')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Reset levels to the mesh default (the injector''s `global.proxy.logLevel`, else warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;o' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Pods by label selector in the namespace, instead of a pod name')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Pods by label selector in the namespace, instead of a pod name')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Levels to set: `<level>` for all loggers and/or `<logger>:<level>`, comma-separated')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Reset levels to the mesh default (the injector''s `global.proxy.logLevel`, else warning)')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Reset levels to the mesh default (the injector''s `global.proxy.logLevel`, else warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;log' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Pods by label selector in the namespace, instead of a pod name')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Pods by label selector in the namespace, instead of a pod name')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Levels to set: `<level>` for all loggers and/or `<logger>:<level>`, comma-separated')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Reset levels to the mesh default (the injector''s `global.proxy.logLevel`, else warning)')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Reset levels to the mesh default (the injector''s `global.proxy.logLevel`, else warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;pc;o' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Pods by label selector in the namespace, instead of a pod name')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Pods by label selector in the namespace, instead of a pod name')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Levels to set: `<level>` for all loggers and/or `<logger>:<level>`, comma-separated')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Reset levels to the mesh default (the injector''s `global.proxy.logLevel`, else warning)')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Reset levels to the mesh default (the injector''s `global.proxy.logLevel`, else warning)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;proxy-config;help' {
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters of a pod''s Envoy (service, port, subset, direction, type, DestinationRule)')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Every section at once: bootstrap, clusters, listeners, routes, secrets, endpoints')
            [CompletionResult]::new('listener', 'listener', [CompletionResultType]::ParameterValue, 'Listeners of a pod''s Envoy, one row per filter chain')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Routes of a pod''s Envoy, one row per route with its VirtualService')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Endpoints (hosts) of a pod''s Envoy with their health, from /clusters')
            [CompletionResult]::new('eds', 'eds', [CompletionResultType]::ParameterValue, 'Endpoints as delivered by EDS, from the config dump')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Certificates and trust bundles a pod''s Envoy holds')
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'Bootstrap configuration of a pod''s Envoy (`-o short`: versions only)')
            [CompletionResult]::new('ecds', 'ecds', [CompletionResultType]::ParameterValue, 'Filters delivered by extension config discovery (ECDS), e.g. Wasm plugins')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show or change the log levels of Envoy in one or more pods')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;proxy-config;help;cluster' {
            break
        }
        'meshctl;proxy-config;help;all' {
            break
        }
        'meshctl;proxy-config;help;listener' {
            break
        }
        'meshctl;proxy-config;help;route' {
            break
        }
        'meshctl;proxy-config;help;endpoint' {
            break
        }
        'meshctl;proxy-config;help;eds' {
            break
        }
        'meshctl;proxy-config;help;secret' {
            break
        }
        'meshctl;proxy-config;help;bootstrap' {
            break
        }
        'meshctl;proxy-config;help;ecds' {
            break
        }
        'meshctl;proxy-config;help;log' {
            break
        }
        'meshctl;proxy-config;help;help' {
            break
        }
        'meshctl;pc;help' {
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters of a pod''s Envoy (service, port, subset, direction, type, DestinationRule)')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Every section at once: bootstrap, clusters, listeners, routes, secrets, endpoints')
            [CompletionResult]::new('listener', 'listener', [CompletionResultType]::ParameterValue, 'Listeners of a pod''s Envoy, one row per filter chain')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Routes of a pod''s Envoy, one row per route with its VirtualService')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Endpoints (hosts) of a pod''s Envoy with their health, from /clusters')
            [CompletionResult]::new('eds', 'eds', [CompletionResultType]::ParameterValue, 'Endpoints as delivered by EDS, from the config dump')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Certificates and trust bundles a pod''s Envoy holds')
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'Bootstrap configuration of a pod''s Envoy (`-o short`: versions only)')
            [CompletionResult]::new('ecds', 'ecds', [CompletionResultType]::ParameterValue, 'Filters delivered by extension config discovery (ECDS), e.g. Wasm plugins')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show or change the log levels of Envoy in one or more pods')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;pc;help;cluster' {
            break
        }
        'meshctl;pc;help;all' {
            break
        }
        'meshctl;pc;help;listener' {
            break
        }
        'meshctl;pc;help;route' {
            break
        }
        'meshctl;pc;help;endpoint' {
            break
        }
        'meshctl;pc;help;eds' {
            break
        }
        'meshctl;pc;help;secret' {
            break
        }
        'meshctl;pc;help;bootstrap' {
            break
        }
        'meshctl;pc;help;ecds' {
            break
        }
        'meshctl;pc;help;log' {
            break
        }
        'meshctl;pc;help;help' {
            break
        }
        'meshctl;proxy-status' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Saved istiod sync answers (a JSON object: istiod name → answer); with a POD, the pod''s saved Envoy config dump instead')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Saved istiod sync answers (a JSON object: istiod name → answer); with a POD, the pod''s saved Envoy config dump instead')
            [CompletionResult]::new('--istiod-file', '--istiod-file', [CompletionResultType]::ParameterName, 'With a POD: istiod''s saved config dump for it (from `/debug/config_dump?proxyID=`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '1: one column per xDS type with its sync state')
            [CompletionResult]::new('--verbosity', '--verbosity', [CompletionResultType]::ParameterName, '1: one column per xDS type with its sync state')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (selects istiod pods labelled `istio.io/rev=<rev>`)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (selects istiod pods labelled `istio.io/rev=<rev>`)')
            [CompletionResult]::new('--xds-label', '--xds-label', [CompletionResultType]::ParameterName, 'Label selector of the istiod pods')
            [CompletionResult]::new('--istiod-port', '--istiod-port', [CompletionResultType]::ParameterName, 'istiod''s HTTP debug (monitoring) port')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;ps' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Saved istiod sync answers (a JSON object: istiod name → answer); with a POD, the pod''s saved Envoy config dump instead')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Saved istiod sync answers (a JSON object: istiod name → answer); with a POD, the pod''s saved Envoy config dump instead')
            [CompletionResult]::new('--istiod-file', '--istiod-file', [CompletionResultType]::ParameterName, 'With a POD: istiod''s saved config dump for it (from `/debug/config_dump?proxyID=`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, '1: one column per xDS type with its sync state')
            [CompletionResult]::new('--verbosity', '--verbosity', [CompletionResultType]::ParameterName, '1: one column per xDS type with its sync state')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (selects istiod pods labelled `istio.io/rev=<rev>`)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (selects istiod pods labelled `istio.io/rev=<rev>`)')
            [CompletionResult]::new('--xds-label', '--xds-label', [CompletionResultType]::ParameterName, 'Label selector of the istiod pods')
            [CompletionResult]::new('--istiod-port', '--istiod-port', [CompletionResultType]::ParameterName, 'istiod''s HTTP debug (monitoring) port')
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pod')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;describe' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('po', 'po', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;des' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('po', 'po', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('svc', 'svc', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;describe;pod' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;describe;po' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;des;pod' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;des;po' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;describe;service' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;describe;svc' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;des;service' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;des;svc' {
            [CompletionResult]::new('--proxy-admin-port', '--proxy-admin-port', [CompletionResultType]::ParameterName, 'Envoy admin port of the pods')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)')
            [CompletionResult]::new('--ignoreUnmeshed', '--ignoreUnmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('--ignore-unmeshed', '--ignore-unmeshed', [CompletionResultType]::ParameterName, 'Suppress warnings for pods outside the mesh (and describe them without their Envoy)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;describe;help' {
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;describe;help;pod' {
            break
        }
        'meshctl;describe;help;service' {
            break
        }
        'meshctl;describe;help;help' {
            break
        }
        'meshctl;des;help' {
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;des;help;pod' {
            break
        }
        'meshctl;des;help;service' {
            break
        }
        'meshctl;des;help;help' {
            break
        }
        'meshctl;help' {
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print meshctl''s version and the Istio release it installs')
            [CompletionResult]::new('manifest', 'manifest', [CompletionResultType]::ParameterValue, 'Render the Istio control plane manifests')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'List, dump and compare configuration profiles')
            [CompletionResult]::new('kube-inject', 'kube-inject', [CompletionResultType]::ParameterValue, 'Add the Istio sidecar to the workloads in a YAML file')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Generate shell completion scripts')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install the Istio control plane into the cluster')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove the Istio control plane from the cluster')
            [CompletionResult]::new('verify-install', 'verify-install', [CompletionResultType]::ParameterValue, 'Check that the installed control plane exists and is ready')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Open a mesh web UI (Kiali, Grafana, Prometheus, Jaeger, …) through a port-forward')
            [CompletionResult]::new('analyze', 'analyze', [CompletionResultType]::ParameterValue, 'Find problems in Istio configuration (files, directories or stdin)')
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check whether Istio can be installed or upgraded in the cluster')
            [CompletionResult]::new('check-inject', 'check-inject', [CompletionResultType]::ParameterValue, 'Show which injection webhook would inject a pod, and why')
            [CompletionResult]::new('injector', 'injector', [CompletionResultType]::ParameterValue, 'List namespaces, the revisions injecting them and the injection hooks')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Create, list and remove revision tags (stable names for control plane revisions)')
            [CompletionResult]::new('experimental', 'experimental', [CompletionResultType]::ParameterValue, 'Experimental commands, as istioctl spells them (`x check-inject`, `x precheck`, …)')
            [CompletionResult]::new('proxy-config', 'proxy-config', [CompletionResultType]::ParameterValue, 'Show what a pod''s Envoy proxy was configured with (clusters, listeners, routes, …)')
            [CompletionResult]::new('proxy-status', 'proxy-status', [CompletionResultType]::ParameterValue, 'Sync state of every proxy as istiod sees it, or one pod''s config against istiod''s')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Describe a pod or Service and the Istio configuration that affects it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;help;version' {
            break
        }
        'meshctl;help;manifest' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print the Kubernetes objects the settings render, ready for `kubectl apply -f -`')
            break
        }
        'meshctl;help;manifest;generate' {
            break
        }
        'meshctl;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the available configuration profiles')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Print the complete settings of a profile (default: `default`)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show how two profiles differ (exit 1 when they do)')
            break
        }
        'meshctl;help;profile;list' {
            break
        }
        'meshctl;help;profile;dump' {
            break
        }
        'meshctl;help;profile;diff' {
            break
        }
        'meshctl;help;kube-inject' {
            break
        }
        'meshctl;help;completion' {
            break
        }
        'meshctl;help;install' {
            break
        }
        'meshctl;help;uninstall' {
            break
        }
        'meshctl;help;verify-install' {
            break
        }
        'meshctl;help;dashboard' {
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Kiali, the mesh console')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Grafana metrics dashboards')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Prometheus')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Jaeger tracing UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'The Zipkin API (served by Jaeger)')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'SkyWalking UI')
            [CompletionResult]::new('loki', 'loki', [CompletionResultType]::ParameterValue, 'Loki''s API (Loki has no web UI: the URL is printed)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'The Envoy admin page (port 15000) of a workload''s sidecar')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'istiod''s ControlZ page')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'istiod''s debug endpoints')
            break
        }
        'meshctl;help;dashboard;kiali' {
            break
        }
        'meshctl;help;dashboard;grafana' {
            break
        }
        'meshctl;help;dashboard;prometheus' {
            break
        }
        'meshctl;help;dashboard;jaeger' {
            break
        }
        'meshctl;help;dashboard;zipkin' {
            break
        }
        'meshctl;help;dashboard;skywalking' {
            break
        }
        'meshctl;help;dashboard;loki' {
            break
        }
        'meshctl;help;dashboard;envoy' {
            break
        }
        'meshctl;help;dashboard;controlz' {
            break
        }
        'meshctl;help;dashboard;istiod-debug' {
            break
        }
        'meshctl;help;analyze' {
            break
        }
        'meshctl;help;precheck' {
            break
        }
        'meshctl;help;check-inject' {
            break
        }
        'meshctl;help;injector' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces and the revisions injecting them, and the injection hooks')
            break
        }
        'meshctl;help;injector;list' {
            break
        }
        'meshctl;help;tag' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or modify a revision tag (applies it to the cluster)')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print the objects a revision tag consists of, without applying them')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List revision tags, the revisions they point at and the namespaces using them')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a revision tag')
            break
        }
        'meshctl;help;tag;set' {
            break
        }
        'meshctl;help;tag;generate' {
            break
        }
        'meshctl;help;tag;list' {
            break
        }
        'meshctl;help;tag;remove' {
            break
        }
        'meshctl;help;experimental' {
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check whether Istio can be installed or upgraded in the cluster')
            [CompletionResult]::new('check-inject', 'check-inject', [CompletionResultType]::ParameterValue, 'Show which injection webhook would inject a pod, and why')
            [CompletionResult]::new('injector', 'injector', [CompletionResultType]::ParameterValue, 'List namespaces, the revisions injecting them and the injection hooks')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Describe a pod or Service and the Istio configuration that affects it')
            break
        }
        'meshctl;help;experimental;precheck' {
            break
        }
        'meshctl;help;experimental;check-inject' {
            break
        }
        'meshctl;help;experimental;injector' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces and the revisions injecting them, and the injection hooks')
            break
        }
        'meshctl;help;experimental;injector;list' {
            break
        }
        'meshctl;help;experimental;describe' {
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            break
        }
        'meshctl;help;experimental;describe;pod' {
            break
        }
        'meshctl;help;experimental;describe;service' {
            break
        }
        'meshctl;help;proxy-config' {
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Clusters of a pod''s Envoy (service, port, subset, direction, type, DestinationRule)')
            [CompletionResult]::new('all', 'all', [CompletionResultType]::ParameterValue, 'Every section at once: bootstrap, clusters, listeners, routes, secrets, endpoints')
            [CompletionResult]::new('listener', 'listener', [CompletionResultType]::ParameterValue, 'Listeners of a pod''s Envoy, one row per filter chain')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Routes of a pod''s Envoy, one row per route with its VirtualService')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Endpoints (hosts) of a pod''s Envoy with their health, from /clusters')
            [CompletionResult]::new('eds', 'eds', [CompletionResultType]::ParameterValue, 'Endpoints as delivered by EDS, from the config dump')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Certificates and trust bundles a pod''s Envoy holds')
            [CompletionResult]::new('bootstrap', 'bootstrap', [CompletionResultType]::ParameterValue, 'Bootstrap configuration of a pod''s Envoy (`-o short`: versions only)')
            [CompletionResult]::new('ecds', 'ecds', [CompletionResultType]::ParameterValue, 'Filters delivered by extension config discovery (ECDS), e.g. Wasm plugins')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Show or change the log levels of Envoy in one or more pods')
            break
        }
        'meshctl;help;proxy-config;cluster' {
            break
        }
        'meshctl;help;proxy-config;all' {
            break
        }
        'meshctl;help;proxy-config;listener' {
            break
        }
        'meshctl;help;proxy-config;route' {
            break
        }
        'meshctl;help;proxy-config;endpoint' {
            break
        }
        'meshctl;help;proxy-config;eds' {
            break
        }
        'meshctl;help;proxy-config;secret' {
            break
        }
        'meshctl;help;proxy-config;bootstrap' {
            break
        }
        'meshctl;help;proxy-config;ecds' {
            break
        }
        'meshctl;help;proxy-config;log' {
            break
        }
        'meshctl;help;proxy-status' {
            break
        }
        'meshctl;help;describe' {
            [CompletionResult]::new('pod', 'pod', [CompletionResultType]::ParameterValue, 'Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress')
            break
        }
        'meshctl;help;describe;pod' {
            break
        }
        'meshctl;help;describe;service' {
            break
        }
        'meshctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
