// -Dplaybook.versions reached playbook:serve, which read the tags of the repository around the content (or found none
// around a copy outside Git) and said so in the plugin's words; nothing was served.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('playbook: no Git tag matches "no-such-tag"') || log.contains('is not in a Git repository') : 'the versions were not read'
assert log.contains('<versions> (-Dplaybook.versions)') : 'no hint in plugin terms'
assert !log.contains('previewing') : 'the preview started'
return true
