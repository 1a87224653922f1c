@echo off
rem playbook: runs lib\playbook.jar with JVM options chosen for a command that lives a few seconds
rem (see bin/playbook for why each is there). The class-data archive is used when it was made for this
rem folder and JVM; the JVM ignores it silently otherwise. PLAYBOOK_JAVA_OPTS adds JVM options (another
rem collector only with serve: for the other commands this script names the serial one).
setlocal
set "LIB=%~dp0..\lib"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
set "CDS="
if exist "%LIB%\playbook.jsa" set "CDS=-XX:SharedArchiveFile=%LIB%\playbook.jsa -Xlog:cds=off,cds+dynamic=off"
set "SHORT=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx768m"
rem serve lives long and rebuilds on every save: the JVM's defaults suit it
if /i "%~1"=="serve" set "SHORT="
"%JAVA%" %CDS% %SHORT% -XX:-UsePerfData %PLAYBOOK_JAVA_OPTS% -jar "%LIB%\playbook.jar" %*
exit /b %ERRORLEVEL%
