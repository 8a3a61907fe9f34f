# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_meshctl_global_optspecs
    string join \n c/kubeconfig= context= n/namespace= i/istioNamespace= v/verbose h/help V/version
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
complete -c meshctl -n "__fish_meshctl_needs_command" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_needs_command" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_needs_command" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "version" -d 'Print meshctl\'s version and the Istio release it installs'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "manifest" -d 'Render the Istio control plane manifests'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "profile" -d 'List, dump and compare configuration profiles'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "completion" -d 'Generate shell completion scripts'
complete -c meshctl -n "__fish_meshctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -s o -l output -d 'Output format' -r -f -a "yaml\t''
json\t''"
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -s s -l short -d 'Print only the version numbers'
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand version" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -f -a "generate" -d 'Print the Kubernetes objects the settings render, ready for `kubectl apply -f -`'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s f -l filename -d 'IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s s -l set -d 'Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\\.`' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s r -l revision -d 'Control plane revision (the same as `--set revision=REV`)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s o -l output -d 'Write the manifest to this file instead of stdout' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Print the Kubernetes objects the settings render, ready for `kubectl apply -f -`'
complete -c meshctl -n "__fish_meshctl_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
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
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the available configuration profiles'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "dump" -d 'Print the complete settings of a profile (default: `default`)'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show how two profiles differ (exit 1 when they do)'
complete -c meshctl -n "__fish_meshctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand completion" -s c -l kubeconfig -d 'Kubernetes configuration file' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand completion" -l context -d 'Kubernetes configuration context' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand completion" -s n -l namespace -d 'Kubernetes namespace (default: the kubeconfig context\'s namespace)' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand completion" -s i -l istioNamespace -l istio-namespace -d 'Istio system namespace' -r
complete -c meshctl -n "__fish_meshctl_using_subcommand completion" -s v -l verbose -d 'More output on stderr (repeat for more)'
complete -c meshctl -n "__fish_meshctl_using_subcommand completion" -s h -l help -d 'Print help'
complete -c meshctl -n "__fish_meshctl_using_subcommand completion" -s V -l version -d 'Print version'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile completion help" -f -a "version" -d 'Print meshctl\'s version and the Istio release it installs'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile completion help" -f -a "manifest" -d 'Render the Istio control plane manifests'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile completion help" -f -a "profile" -d 'List, dump and compare configuration profiles'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile completion help" -f -a "completion" -d 'Generate shell completion scripts'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and not __fish_seen_subcommand_from version manifest profile completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "generate" -d 'Print the Kubernetes objects the settings render, ready for `kubectl apply -f -`'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List the available configuration profiles'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "dump" -d 'Print the complete settings of a profile (default: `default`)'
complete -c meshctl -n "__fish_meshctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "diff" -d 'Show how two profiles differ (exit 1 when they do)'
