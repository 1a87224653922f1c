// The plugin built the site into target/playbook and checked it, as a user's project would.
File site = new File(basedir, 'target/playbook')
assert new File(site, 'index.html').isFile() : 'no index.html'
assert new File(site, 'team/sales-process.html').isFile() : 'no sales process page'
assert new File(site, 'team/guides/discovery-call.html').isFile() : 'no guide page'
assert new File(site, '.playbook-site').isFile() : 'no marker file'
String page = new File(site, 'team/sales-process.html').getText('UTF-8')
assert page.contains('id="stage-discovery"') : 'the stage has no anchor'
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('playbook: built') : 'build goal did not report'
assert log.contains('playbook: checked') : 'check goal did not report'
return true
