# Builds the Windows installer target\dist\sochibo-<version>.msi (and the app-image target\dist\image\sochibo).
# Needs: JDK 17 (or 25) with jlink/jpackage on PATH (JAVA_HOME\bin), Maven, and WiX Toolset 3.14 (candle.exe and
# light.exe on PATH; JDK 24+ also accepts WiX 4/5). Run from the repository root in PowerShell:
#   mvn -B -ntp package -DskipTests
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# The .msi installs per machine under C:\Program Files\sochibo with a Start-menu entry "Sổ Chi Bộ" and a desktop
# shortcut; a newer .msi upgrades an older one (fixed upgrade code below). Remove it in Settings > Apps.
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')
$version = (Get-Content target\maven-archiver\pom.properties | Where-Object { $_ -like 'version=*' }) -replace 'version=', ''
$jdk = if ($env:JAVA_HOME) { Join-Path $env:JAVA_HOME 'bin' } else { '' }
$jlink = Join-Path $jdk 'jlink.exe'
$jpackage = Join-Path $jdk 'jpackage.exe'
$feature = [int]((& (Join-Path $jdk 'java.exe') -XshowSettings:properties -version 2>&1 |
    Select-String 'java.specification.version = (\d+)').Matches[0].Groups[1].Value)
$extra = @()
if ($feature -ge 25) { $extra = @('@packaging/jpackage-jdk25.args') }

Remove-Item -Recurse -Force -ErrorAction SilentlyContinue target\dist
& $jlink '@packaging/jlink.args' --module-path target\fx-mods --output target\dist\runtime
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }
& $jpackage --type app-image '@packaging/jpackage.args' @extra --app-version $version `
    --input target\app-input --runtime-image target\dist\runtime --icon packaging\windows\sochibo.ico --dest target\dist\image
if ($LASTEXITCODE -ne 0) { throw 'jpackage app-image failed' }
& $jpackage --type msi --app-image target\dist\image\sochibo --name sochibo --app-version $version `
    --vendor 'So Chi Bo project' --description 'So Chi Bo: register, meetings and documents of a Party branch' `
    --copyright 'Copyright 2026 the So Chi Bo authors' --license-file LICENSE --icon packaging\windows\sochibo.ico `
    --win-menu --win-menu-group 'Sổ Chi Bộ' --win-shortcut --win-shortcut-prompt --win-dir-chooser `
    --win-upgrade-uuid 6f1d3c2a-8b47-4e0f-9a51-2c7e5d9b0a13 --dest target\dist
if ($LASTEXITCODE -ne 0) { throw 'jpackage msi failed' }
Get-ChildItem target\dist\*.msi | ForEach-Object { "{0} {1:N1} MB" -f $_.Name, ($_.Length / 1MB) }
