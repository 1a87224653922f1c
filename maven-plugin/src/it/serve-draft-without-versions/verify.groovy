// -Dplaybook.draft=true reached playbook:serve, whose rule came back in the plugin's words, and nothing was served.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('playbook: <draft>true</draft> (-Dplaybook.draft) is the working tree as the unreleased version of a site of versions') : 'the draft was not refused'
assert log.contains('hint: name the release tags with <versions> (-Dplaybook.versions)') : 'no hint in plugin terms'
assert !log.contains('previewing') : 'the preview started'
return true
