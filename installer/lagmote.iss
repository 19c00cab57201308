; Inno Setup script for Lagmøte on Windows: a per-user installation (no administrator)
; of the PyInstaller folder dist\lagmote (installer\lagmote.spec).
;
; From the repository's root, on Windows, after the PyInstaller build:
;     pyinstaller --noconfirm --clean installer\lagmote.spec
;     iscc installer\lagmote.iss            (iscc /DAppVersion=X.Y.Z for another version)
; Result: dist\lagmote-<version>-oppsett.exe.
;
; - Installs into %LOCALAPPDATA%\Programs\Lagmøte ({autopf} under PrivilegesRequired=lowest).
; - Start menu entry (and, if chosen, a desktop icon) for lagmote-gui.exe, the windowed
;   program; lagmote.exe beside it is the command line.
; - Uninstalling removes the program. The user's data folder, %LOCALAPPDATA%\lagmote (the
;   encrypted database, the daily backups, bruker.json), is kept unless the user answers
;   Yes to the question whether to delete it too (No is the default, and a silent uninstall
;   never deletes it). The window's size and place (HKCU\Software\Oslo kommune\Lagmøte) go
;   with the data. The key in Windows' credential store stays: it opens only that data.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Lagmøte"
#define DataFolder "{localappdata}\lagmote"
#define SettingsKey "Software\Oslo kommune\Lagmøte"

[Setup]
AppId={{8C7DA061-5314-48B6-B46B-458A66B8D4F3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Lagmøte-teamet
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..
OutputDir=dist
OutputBaseFilename=lagmote-{#AppVersion}-oppsett
SetupIconFile=build\lagmote\lagmote.ico
UninstallDisplayIcon={app}\lagmote-gui.exe
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\lagmote\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\lagmote-gui.exe"; Comment: "Planen, uka og laget rundt én ungdom"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\lagmote-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\lagmote-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The uninstall rule: the data folder is deleted only when the user says so.
var
  DeleteUserData: Boolean;

function InitializeUninstall(): Boolean;
begin
  DeleteUserData := False;
  if not UninstallSilent() then
    DeleteUserData := MsgBox(
      'Vil du også slette dataene dine?' + #13#10#13#10 +
      'Mappen ' + ExpandConstant('{#DataFolder}') + ' har alle sakene (den krypterte ' +
      'databasen), sikkerhetskopiene og innstillingene. Velger du Nei, blir den liggende, ' +
      'og en ny installasjon bruker den igjen.' + #13#10#13#10 +
      'Sletting kan ikke angres.',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DeleteUserData then
  begin
    DelTree(ExpandConstant('{#DataFolder}'), True, True, True);
    RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, '{#SettingsKey}');
  end;
end;
