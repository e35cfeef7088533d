; Inno Setup 6 script: a per-user Windows installer of Regiestoel, without administrator rights.
;
; Compile on Windows after the one-folder build (dist\regiestoel\, see the README):
;   iscc /DAppVersion=0.1.0 build\windows\regiestoel.iss
; It writes dist\Regiestoel-<version>-setup.exe. It installs into %LOCALAPPDATA%\Programs\
; Regiestoel with a Start-menu entry and an uninstaller. Uninstalling keeps the user's data
; (database, backups, settings, imported AI models in %LOCALAPPDATA%\Regiestoel) unless they
; tick that it should go too.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Regiestoel"
#define AppExe "regiestoel.exe"
; Paths are relative to this script's folder: the repository is two levels up.
#define Root "..\.."

[Setup]
; The AppId identifies the program across versions (updates replace, not add): never change it.
AppId={{1AEDEE22-4510-47FC-A3C8-608E991670F7}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Regiestoel project
AppPublisherURL=https://regiestoel.nl/
; Per user, no administrator: {autopf} is %LOCALAPPDATA%\Programs for a lowest-privilege install.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile={#Root}\LICENSE
SetupIconFile={#Root}\resources\icons\regiestoel.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; A running Regiestoel holds its files open: ask to close it before replacing them.
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
dutch.RemoveDataQuestion=Wil je ook je Regiestoel-gegevens van deze computer verwijderen?%n%n%1%n%nDaarin staan de database, de back-ups, de instellingen en de geïmporteerde AI-modellen. Kies Nee om ze te bewaren, bijvoorbeeld voor een nieuwe installatie.
english.RemoveDataQuestion=Do you also want to remove your Regiestoel data from this computer?%n%n%1%n%nIt holds the database, the backups, the settings and the imported AI models. Choose No to keep them, for example for a new installation.
dutch.AdminCommands=Regiestoel-beheeropdrachten
english.AdminCommands=Regiestoel admin commands

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder program: both programs, _internal\ and licenses\.
Source: "{#Root}\dist\regiestoel\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
; The admin commands are a console program: a prompt in the program's folder to run them.
Name: "{autoprograms}\{cm:AdminCommands}"; Filename: "{cmd}"; Parameters: "/k regiestoel-admin.exe --help"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The data folder of platformdirs' user_data_dir and user_config_dir on Windows: the
  database, backups, settings, logs and AI models of this user. A machine-wide folder
  (ProgramData) is other accounts' data too, and is never touched. }
function UserDataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\Regiestoel');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  Folder := UserDataFolder();
  if UninstallSilent() or not DirExists(Folder) then
    exit;  { silent: keep the data }
  if MsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [Folder]), mbConfirmation,
            MB_YESNO or MB_DEFBUTTON2) = IDYES then
    DelTree(Folder, True, True, True);
end;
