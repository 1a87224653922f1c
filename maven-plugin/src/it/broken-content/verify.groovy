// The check fails the build and names each problem by file, line and column.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('team/sales-process.yaml:13:5: error [schema.unknown-key] unknown key "exit_critera" in stages[0]') : 'unknown key not reported'
assert log.contains('did you mean "exit_criteria"?') : 'no hint'
assert log.contains('team/sales-process.yaml:23:12: error [ref.role] unknown role "account-exec"') : 'unknown role not reported'
assert log.contains('playbook build failed') : 'the failure summary is missing'
assert !new File(basedir, 'target/playbook/index.html').exists() : 'a failed build wrote a site'
return true
