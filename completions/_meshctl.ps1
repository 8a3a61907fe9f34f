
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
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print meshctl''s version and the Istio release it installs')
            [CompletionResult]::new('manifest', 'manifest', [CompletionResultType]::ParameterValue, 'Render the Istio control plane manifests')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'List, dump and compare configuration profiles')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Generate shell completion scripts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'meshctl;version' {
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
        'meshctl;completion' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (default: the kubeconfig context''s namespace)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istio-namespace', '--istio-namespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More output on stderr (repeat for more)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'meshctl;help' {
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print meshctl''s version and the Istio release it installs')
            [CompletionResult]::new('manifest', 'manifest', [CompletionResultType]::ParameterValue, 'Render the Istio control plane manifests')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'List, dump and compare configuration profiles')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Generate shell completion scripts')
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
        'meshctl;help;completion' {
            break
        }
        'meshctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
