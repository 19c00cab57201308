; NSIS script for Lagmøte on Windows: a per-user installer (no administrator) for the
; PyInstaller folder dist\lagmote (installer\lagmote.spec). Saved as UTF-8 with a byte order
; mark, which is how makensis knows the file's encoding.
;
; From the repository's root, on Windows, after the PyInstaller build (NSIS 3.08 or newer):
;     pyinstaller --noconfirm --clean installer\lagmote.spec
;     makensis installer\lagmote.nsi
; Result: dist\lagmote-<version>-oppsett.exe. The version is read from lagmote\__init__.py;
; /DVERSION=X.Y.Z sets another one, /DBUNDLE=<folder> another PyInstaller folder,
; /DICON=<file.ico> another icon and /DOUTFILE=<file.exe> another output file.
; (The icon is drawn by installer\make_icon.py into build\lagmote\ during the PyInstaller build.)
;
; - Installs into %LOCALAPPDATA%\Programs\Lagmøte (the user may choose another folder) for the
;   current user only: no administrator, nothing under Program Files or HKLM.
; - Start menu entry "Lagmøte" for lagmote-gui.exe, the windowed program; lagmote.exe beside it
;   is the command line. A desktop shortcut is a component, off by default.
; - Registers the uninstaller (avinstaller.exe in the program folder) under
;   HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\<AppId>, so Windows' "Installerte
;   apper" lists it. The AppId is the one the earlier Inno Setup script had.
; - The last page offers to start the program.
; - Installing over an earlier version replaces its _internal folder, so nothing of the old
;   version's libraries is left behind.
;
; The uninstall rule: uninstalling removes the program, its shortcuts and its uninstall entry.
; The user's data folder, %LOCALAPPDATA%\lagmote (the encrypted database, the daily backups,
; bruker.json, innstillinger.json), is kept unless the user ticks the checkbox on the
; uninstaller's own page "Dataene dine" (off by default). Only then are that folder and the
; window's size and place (HKCU\Software\Oslo kommune\Lagmøte, Qt's QSettings) deleted too.
; A silent uninstall (avinstaller.exe /S) never deletes them. A data folder the user has moved
; elsewhere in the settings is never touched. The key in Windows' credential store
; (Legitimasjonsbehandling, service "Lagmøte") stays either way: it opens only that data, it is
; what a kept (or copied) database needs to open without its recovery key, and deleting a
; credential is best left to the program, which knows which ones are its own.
;
; Checked on Linux: scripts/build.sh compiles this script with makensis against the Linux
; bundle (/DLINUX_CHECK: the executable is "lagmote" there, without .exe, and there is no
; separate windowed one). That proves the script compiles and packs the bundle; the result is
; not a Windows program and refuses to install. A real build never defines LINUX_CHECK.

Unicode true
!pragma warning error all

; --- What is built ---------------------------------------------------------------------------
!define APP_NAME "Lagmøte"
!define APP_ID "{8C7DA061-5314-48B6-B46B-458A66B8D4F3}"
!define PUBLISHER "Lagmøte-teamet"
!define DESCRIPTION "Planen, uka og laget rundt én ungdom"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define SETTINGS_KEY "Software\Oslo kommune\Lagmøte"
!define ORGANISATION_KEY "Software\Oslo kommune"
!define DATA_DIR "$LOCALAPPDATA\lagmote"
!define UNINSTALLER "avinstaller.exe"
!define SHORTCUT "${APP_NAME}.lnk"

!ifndef VERSION
  !searchparse /file "..\lagmote\__init__.py" `__version__ = "` VERSION `"`
!endif
!ifndef BUNDLE
  !define BUNDLE "..\dist\lagmote"
!endif
!ifndef ICON
  !define ICON "..\build\lagmote\lagmote.ico"
!endif
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma" ; the smallest file; the check build uses the faster zlib
!endif

; The executables in the bundle: on Windows the windowed one for the start menu and the console
; one for the command line (installer\lagmote.spec). These are not settings: only the check
; build on Linux, whose bundle has one executable without .exe, names them otherwise.
!ifdef LINUX_CHECK
  !define GUI_EXE "lagmote"
  !define CLI_EXE "lagmote"
  !ifndef OUTFILE
    !define OUTFILE "..\out\build-check\lagmote-${VERSION}-oppsett-linux-sjekk.exe"
  !endif
!else
  !define GUI_EXE "lagmote-gui.exe"
  !define CLI_EXE "lagmote.exe"
  !ifndef OUTFILE
    !define OUTFILE "..\dist\lagmote-${VERSION}-oppsett.exe"
  !endif
!endif

!if ! /FileExists "${BUNDLE}\${GUI_EXE}"
  !error "No ${GUI_EXE} in ${BUNDLE}: run pyinstaller --noconfirm --clean installer\lagmote.spec first"
!endif
!if ! /FileExists "${BUNDLE}\${CLI_EXE}"
  !error "No ${CLI_EXE} in ${BUNDLE}"
!endif
!if ! /FileExists "${BUNDLE}\_internal\*.*"
  !error "No _internal folder in ${BUNDLE}"
!endif
!if ! /FileExists "${ICON}"
  !error "No icon ${ICON}: installer\lagmote.spec makes it (installer\make_icon.py)"
!endif

; Windows' version resource wants four numbers: X.Y.Z.0 from the version (a suffix such as
; "rc1" is dropped there; it stays in the names and texts).
!searchparse /noerrors "${VERSION}" "" VERSION_MAJOR "." VERSION_MINOR "." VERSION_PATCH
!define /ifndef VERSION_MINOR 0
!define /ifndef VERSION_PATCH 0
!define /math VI_MAJOR "${VERSION_MAJOR}" + 0
!define /math VI_MINOR "${VERSION_MINOR}" + 0
!define /math VI_PATCH "${VERSION_PATCH}" + 0

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
SetCompressor ${COMPRESSOR}
ManifestDPIAware true
!ifdef LINUX_CHECK
  BrandingText "${APP_NAME} ${VERSION} – prøvebygg fra Linux, ikke for Windows"
!else
  BrandingText "${APP_NAME} ${VERSION}"
!endif

!include MUI2.nsh
!include nsDialogs.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include x64.nsh
!include WinVer.nsh

; --- Pages -----------------------------------------------------------------------------------
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_ABORTWARNING_TEXT "Vil du avbryte installasjonen av ${APP_NAME}?"

!define MUI_WELCOMEPAGE_TITLE "Installer ${APP_NAME} ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "${APP_NAME} installeres for deg alene, på denne datamaskinen. \
Du trenger ikke være administrator.$\r$\n$\r$\n\
Har du brukt ${APP_NAME} før, finner programmet sakene dine igjen: dataene ligger i en egen \
mappe og blir ikke rørt av installasjonen.$\r$\n$\r$\n\
Klikk Neste for å fortsette."
!insertmacro MUI_PAGE_WELCOME

!define MUI_COMPONENTSPAGE_TEXT_TOP "Velg hva som skal installeres. Klikk Neste for å fortsette."
!insertmacro MUI_PAGE_COMPONENTS

!define MUI_DIRECTORYPAGE_TEXT_TOP "${APP_NAME} installeres i mappen nedenfor. Vil du ha det \
et annet sted, klikk Bla gjennom og velg en annen mappe. Klikk Installer for å begynne."
!insertmacro MUI_PAGE_DIRECTORY

!insertmacro MUI_PAGE_INSTFILES

!define MUI_FINISHPAGE_TITLE "${APP_NAME} er installert"
!define MUI_FINISHPAGE_TEXT "Du finner ${APP_NAME} i Start-menyen.$\r$\n$\r$\n\
Klikk Ferdig for å lukke veiviseren."
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "&Start ${APP_NAME} nå"
!insertmacro MUI_PAGE_FINISH

; The uninstaller: first the choice about the data (its own page), then the confirmation.
UninstPage custom un.DataPageCreate un.DataPageLeave

!define MUI_UNCONFIRMPAGE_TEXT_TOP "${APP_NAME} fjernes fra mappen nedenfor. \
Klikk Avinstaller for å begynne."
!insertmacro MUI_UNPAGE_CONFIRM

!insertmacro MUI_UNPAGE_INSTFILES

!define MUI_FINISHPAGE_TITLE "${APP_NAME} er avinstallert"
!define MUI_FINISHPAGE_TEXT "${APP_NAME} er fjernet fra denne datamaskinen.$\r$\n$\r$\n\
Klikk Ferdig for å lukke veiviseren."
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "Norwegian"

VIProductVersion "${VI_MAJOR}.${VI_MINOR}.${VI_PATCH}.0"
VIFileVersion "${VI_MAJOR}.${VI_MINOR}.${VI_PATCH}.0"
VIAddVersionKey /LANG=${LANG_NORWEGIAN} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_NORWEGIAN} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_NORWEGIAN} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_NORWEGIAN} "FileDescription" "Installasjon av ${APP_NAME} ${VERSION}"
VIAddVersionKey /LANG=${LANG_NORWEGIAN} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_NORWEGIAN} "LegalCopyright" "Lisens: EUPL-1.2"

; --- Installing ------------------------------------------------------------------------------
Function .onInit
!ifdef LINUX_CHECK
  MessageBox MB_ICONSTOP "Dette er et prøvebygg fra Linux (scripts/build.sh), ikke et \
program for Windows. Det kan ikke installeres." /SD IDOK
  Abort
!endif
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP_NAME} trenger 64-biters Windows." /SD IDOK
    Abort
  ${EndIf}
  ${IfNot} ${AtLeastWin10}
    MessageBox MB_ICONSTOP "${APP_NAME} trenger Windows 10 eller nyere." /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

Section "${APP_NAME}" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Over an earlier installation (its uninstaller is there): its libraries go first.
  ${If} ${FileExists} "$INSTDIR\${UNINSTALLER}"
  ${AndIf} ${FileExists} "$INSTDIR\_internal\*.*"
    RMDir /r "$INSTDIR\_internal"
  ${EndIf}
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortCut "$SMPROGRAMS\${SHORTCUT}" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0 \
    SW_SHOWNORMAL "" "${DESCRIPTION}"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" "$\"$INSTDIR\${UNINSTALLER}$\""
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" "$\"$INSTDIR\${UNINSTALLER}$\" /S"
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "Snarvei på skrivebordet" SecDesktop
  SetOutPath "$INSTDIR"
  CreateShortCut "$DESKTOP\${SHORTCUT}" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0 \
    SW_SHOWNORMAL "" "${DESCRIPTION}"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "Programmet, med ${APP_NAME} i Start-menyen."
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "En snarvei til ${APP_NAME} på skrivebordet."
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; --- Uninstalling ----------------------------------------------------------------------------
Var DeleteData ; ${BST_CHECKED} only when the user ticked the box; never in a silent uninstall
Var DataCheckbox

Function un.onInit
  StrCpy $DeleteData ${BST_UNCHECKED}
FunctionEnd

Function un.DataPageCreate
  !insertmacro MUI_HEADER_TEXT "Dataene dine" "Velg om dataene dine skal slettes sammen med programmet."
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 40u "${APP_NAME} fjernes fra denne datamaskinen. Dataene dine \
ligger i en egen mappe, ${DATA_DIR}, og blir liggende der, så en ny installasjon av \
${APP_NAME} finner dem igjen."
  Pop $0
  ${NSD_CreateCheckbox} 0 48u 100% 28u "Slett også dataene mine (alle sakene, \
sikkerhetskopiene og innstillingene i %LOCALAPPDATA%\lagmote). Kan ikke angres."
  Pop $DataCheckbox
  ${NSD_AddStyle} $DataCheckbox ${BS_MULTILINE}|${BS_TOP}
  ${NSD_SetState} $DataCheckbox $DeleteData ; keeps the choice when the user goes back
  ${NSD_CreateLabel} 0 88u 100% 40u "En datamappe du selv har valgt et annet sted i \
innstillingene, blir ikke rørt. Nøkkelen i Windows' legitimasjonsbehandling blir også \
liggende: den åpner bare disse dataene."
  Pop $0
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $DataCheckbox $DeleteData
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${SHORTCUT}"
  Delete "$DESKTOP\${SHORTCUT}"
  ; What the installer put there, by name: a folder the user chose may hold other things.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GUI_EXE}"
!if "${CLI_EXE}" != "${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
!endif
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"

  ${If} $DeleteData == ${BST_CHECKED}
  ${AndIfNot} ${Silent}
  ${AndIf} "$LOCALAPPDATA" != ""
    DetailPrint "Sletter dataene i ${DATA_DIR}"
    RMDir /r "${DATA_DIR}"
    DeleteRegKey HKCU "${SETTINGS_KEY}"
    DeleteRegKey /ifempty HKCU "${ORGANISATION_KEY}"
  ${Else}
    DetailPrint "Dataene i ${DATA_DIR} er beholdt."
  ${EndIf}
SectionEnd
