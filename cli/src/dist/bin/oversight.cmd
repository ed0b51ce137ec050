@echo off
rem Runs Oversight from the release on Windows: lib\oversight.jar beside this bin folder, with the
rem JVM flags the POSIX launcher uses for an everyday file. JAVA_HOME chooses the Java runtime;
rem OVERSIGHT_JAVA_OPTS adds JVM options and overrides these.
setlocal
set "OVERSIGHT_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %OVERSIGHT_JAVA_OPTS% -jar "%OVERSIGHT_HOME%\lib\oversight.jar" %*
exit /b %ERRORLEVEL%
