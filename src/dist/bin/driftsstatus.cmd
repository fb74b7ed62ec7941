@echo off
rem driftsstatus for Windows: runs the program in ..\lib with Java 17 or newer, found through JAVA_HOME
rem or on PATH. Arguments go to the program. Run it in a content project (the folder that holds
rem content\); a project without templates\ gets the theme in ..\templates.
rem Unlike bin/driftsstatus it makes no class-data-sharing archive, so each run starts a little slower.
setlocal
set "DRIFTSSTATUS_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if "%JAVA_EXE%"=="java" (
  where java >nul 2>nul || (
    echo driftsstatus: Java was not found. Install Java 17 or newer ^(e.g. Eclipse Temurin 17^) and put java on PATH, 1>&2
    echo   or set JAVA_HOME to its folder. 1>&2
    exit /b 1
  )
)
"%JAVA_EXE%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx384m "-Ddriftsstatus.home=%DRIFTSSTATUS_HOME%" -Xlog:disable -Xlog:all=warning:stderr %DRIFTSSTATUS_JAVA_OPTS% -jar "%DRIFTSSTATUS_HOME%\lib\driftsstatus.jar" %*
exit /b %ERRORLEVEL%
