// The check fails the build, names each problem by file, line and column, and leaves reports for CI.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('team/sales-process.yaml:13:5: error [schema.unknown-key] unknown key "exit_critera" in stages[0]') : 'unknown key not reported'
assert log.contains('did you mean "exit_criteria"?') : 'no hint'
assert log.contains('team/sales-process.yaml:23:12: error [ref.role] unknown role "account-exec"') : 'unknown role not reported'
assert log.contains('team/sales-process.yaml:7:5: error [process.exit-criteria] stage "discovery" has no exit criteria') : 'playbook rule not reported'
assert log.contains('playbook check failed: 3 errors') : 'the failure summary is missing'

File reports = new File(basedir, 'target/playbook-reports')
def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-playbook.xml'))
assert junit.testsuite.@failures.text() == '3' : 'three failing test cases: ' + junit.testsuite.@failures
assert junit.'**'.find { it.name() == 'testcase' && it.@classname == 'ref.role' }.failure.size() == 1
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'playbook.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.findAll { it.level == 'error' }.size() == 3
assert new File(reports, 'playbook.md').getText('UTF-8').startsWith('## Playbook check: failed')
return true
