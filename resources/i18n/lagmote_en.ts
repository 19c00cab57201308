<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
    <context>
        <name>ActionTableModel</name>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="176" />
            <source>Hva</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="177" />
            <source>Hvem</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="178" />
            <source>Innen</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="179" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>AddMemberRow</name>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="313" />
            <source>Rolle for den nye i laget</source>
            <translation>Role of the new team member</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="316" />
            <source>Navn (kan fylles inn senere)</source>
            <translation>Name (can be filled in later)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="317" />
            <source>Navn på den nye i laget</source>
            <translation>Name of the new team member</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="318" />
            <source>Legg til i laget</source>
            <translation>Add to the team</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="321" />
            <source>Ny i laget:</source>
            <translation>New in the team:</translation>
        </message>
    </context>
    <context>
        <name>AgreedStep</name>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="64" />
            <location filename="../../lagmote/ui/meeting_agreed.py" line="298" />
            <source>Merk som gjort</source>
            <translation>Mark as done</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="65" />
            <source>Slett oppgaven</source>
            <translation>Delete the task</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="66" />
            <source>Endre oppgaven</source>
            <translation>Edit the task</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="70" />
            <source>Legg til oppgave</source>
            <translation>Add task</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="71" />
            <location filename="../../lagmote/ui/meeting_agreed.py" line="79" />
            <source>Lagre endringen</source>
            <translation>Save the change</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="72" />
            <location filename="../../lagmote/ui/meeting_agreed.py" line="80" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="76" />
            <source>Legg til vedtak</source>
            <translation>Add decision</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="77" />
            <source>Slett vedtaket</source>
            <translation>Delete the decision</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="78" />
            <source>Endre vedtaket</source>
            <translation>Edit the decision</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="97" />
            <source>Oppgaver</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="100" />
            <source>Oppgaver fra lagmøtet</source>
            <translation>Tasks from the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="105" />
            <source>Vedtak: dette ble laget enige om</source>
            <translation>Decisions: what the team agreed on</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="109" />
            <source>Vedtak fra lagmøtet</source>
            <translation>Decisions from the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="112" />
            <source>Det laget ble enige om</source>
            <translation>What the team agreed on</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="113" />
            <location filename="../../lagmote/ui/meeting_agreed.py" line="279" />
            <source>Nytt vedtak</source>
            <translation>New decision</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="124" />
            <source>Hva skal gjøres?</source>
            <translation>What is to be done?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="125" />
            <location filename="../../lagmote/ui/meeting_agreed.py" line="273" />
            <source>Ny oppgave</source>
            <translation>New task</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="126" />
            <source>Hvem gjør det</source>
            <translation>Who does it</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="129" />
            <source>Innen</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="132" />
            <source>Hva:</source>
            <translation>What:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="132" />
            <source>Hvem:</source>
            <translation>Who:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="133" />
            <source>Innen:</source>
            <translation>By:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="198" />
            <source>Velg hvem</source>
            <translation>Choose who</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="273" />
            <source>Oppgaven som endres</source>
            <translation>The task being edited</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="279" />
            <source>Vedtaket som endres</source>
            <translation>The decision being edited</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="298" />
            <source>Ikke gjort likevel</source>
            <translation>Not done after all</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../lagmote/ui/app.py" line="119" />
            <source>PostgreSQL {where}</source>
            <translation>PostgreSQL {where}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="123" />
            <source>nøkkel i nøkkelringen</source>
            <translation>key in the keyring</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="125" />
            <source>låst med passord</source>
            <translation>locked with a password</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="127" />
            <source>{path} (kryptert, {key})</source>
            <translation>{path} (encrypted, {key})</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="164" />
            <source>Prøv igjen</source>
            <translation>Try again</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="165" />
            <source>Avslutt</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="202" />
            <source>Låse opp Lagmøte med nøkkelen i nøkkelringen?</source>
            <translation>Unlock Lagmøte with the key in the keyring?</translation>
        </message>
    </context>
    <context>
        <name>AreaRow</name>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="56" />
            <source>Ungdommen</source>
            <translation>The young person</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="56" />
            <source>Laget</source>
            <translation>The team</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="62" />
            <location filename="../../lagmote/widgets/area_row.py" line="220" />
            <location filename="../../lagmote/widgets/area_row.py" line="312" />
            <source>Ikke vurdert</source>
            <translation>Not rated</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="198" />
            <source>Område {number}: skjult</source>
            <translation>Area {number}: hidden</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="202" />
            <location filename="../../lagmote/widgets/area_row.py" line="325" />
            <source>Sensitivt område, skjult nå.</source>
            <translation>Sensitive area, hidden now.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="258" />
            <source>Dette området er skjult nå.</source>
            <translation>This area is hidden now.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="268" />
            <source>Over tid ({who}): {values}</source>
            <translation>Over time ({who}): {values}</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="324" />
            <source>Område {n}: skjult</source>
            <translation>Area {n}: hidden</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="331" />
            <source>Tast 1–5 for å vurdere, 0 for ikke vurdert. Du vurderer nå for {who}.</source>
            <translation>Type 1–5 to rate, 0 for not rated. You are now rating for {who}.</translation>
        </message>
    </context>
    <context>
        <name>Attendees</name>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="50" />
            <location filename="../../lagmote/ui/meeting_attendees.py" line="93" />
            <source>Hvem er med i dag?</source>
            <translation>Who is here today?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="55" />
            <source>For eksempel «Tolk (arabisk)»</source>
            <translation>For example “Interpreter (Arabic)”</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="56" />
            <source>Navn på gjesten</source>
            <translation>Name of the guest</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="58" />
            <source>Gjestens rolle</source>
            <translation>The guest's role</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="62" />
            <source>Legg til gjest</source>
            <translation>Add guest</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="74" />
            <source>Gjester, som ikke er med i laget:</source>
            <translation>Guests, who are not in the team:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="77" />
            <source>Gjest:</source>
            <translation>Guest:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="79" />
            <source>Rolle:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="93" />
            <source>Hvem var med?</source>
            <translation>Who took part?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="110" />
            <source>{n} til stede.</source>
            <translation>{n} present.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="112" />
            <source>{n} til stede, én av dem gjest.</source>
            <translation>{n} present, one of them a guest.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="113" />
            <source>{n} til stede, {guests} av dem gjester.</source>
            <translation>{n} present, {guests} of them guests.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="144" />
            <source>Fjern</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="145" />
            <source>Fjern {who}</source>
            <translation>Remove {who}</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="104" />
            <location filename="../../lagmote/ui/audit_dialog.py" line="123" />
            <source>Hvem har sett saken</source>
            <translation>Who has seen the case</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="107" />
            <source>&amp;Alle</source>
            <translation>&amp;All</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="108" />
            <source>&amp;Bare lesing</source>
            <translation>&amp;Reading only</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="110" />
            <source>Lukk</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="151" />
            <source>Alle som har lest, endret, lagret eller skrevet ut saken, det nyeste først. Ungdommen har rett til å se dette. Listen kan ikke endres eller slettes.</source>
            <translation>Everyone who has read, changed, saved or printed the case, newest first. The young person has the right to see this. The list cannot be changed or deleted.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="159" />
            <source>Vis:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="201" />
            <source>Ingen har lest eller endret saken ennå.</source>
            <translation>Nobody has read or changed the case yet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="204" />
            <source>Viser de {n} siste hendelsene. Hele listen: «lagmote audit --youth {id}».</source>
            <translation>Showing the {n} latest events. The whole list: “lagmote audit --youth {id}”.</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="73" />
            <source>Når</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="74" />
            <source>Hvem</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="75" />
            <source>Hva</source>
            <translation>What</translation>
        </message>
    </context>
    <context>
        <name>ClosingWizard</name>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="61" />
            <source>Steg 1 av 3: Hvorfor avsluttes oppfølgingen?</source>
            <translation>Step 1 of 3: Why is the follow-up ending?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="62" />
            <location filename="../../lagmote/ui/closing_wizard.py" line="68" />
            <source>Avsluttes fra</source>
            <translation>Ends from</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="65" />
            <source>Grunnen med egne ord</source>
            <translation>The reason in your own words</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="74" />
            <source>Med egne ord (må fylles ut ved «Annet»):</source>
            <translation>In your own words (required for “Other”):</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="88" />
            <source>Steg 2 av 3: Overføring og overganger</source>
            <translation>Step 2 of 3: Handover and transitions</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="90" />
            <source>Hvem følger opp videre, og hvem er kontaktperson? Overganger er sårbare: kryss av for de som kommer, og skriv hvordan laget følger dem opp.</source>
            <translation>Who follows up next, and who is the contact person? Transitions are vulnerable: tick those that are coming, and write how the team follows them up.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="95" />
            <source>Hvem følger opp videre</source>
            <translation>Who follows up next</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="96" />
            <source>Tjenestene som følger opp, eller at ingen gjør det</source>
            <translation>The services that follow up, or that none does</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="97" />
            <location filename="../../lagmote/ui/closing_wizard.py" line="104" />
            <source>Kontaktperson</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="98" />
            <location filename="../../lagmote/ui/closing_wizard.py" line="105" />
            <source>Tjeneste</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="99" />
            <location filename="../../lagmote/ui/closing_wizard.py" line="106" />
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="101" />
            <source>Hvordan overgangene følges opp</source>
            <translation>How the transitions are followed up</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="103" />
            <source>Følges opp videre av</source>
            <translation>Followed up next by</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="110" />
            <source>Overganger</source>
            <translation>Transitions</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="111" />
            <source>Slik følges de opp</source>
            <translation>How they are followed up</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="121" />
            <source>Steg 3 av 3: Oppsummering</source>
            <translation>Step 3 of 3: Summary</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="123" />
            <source>Skriv kort hva oppfølgingen har ført til. Saken forsvinner fra listen over aktive ungdommer, men kan leses i arkivet, og ingenting slettes.</source>
            <translation>Write briefly what the follow-up has led to. The case disappears from the list of active young people, but can be read in the archive, and nothing is deleted.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="128" />
            <source>Oppsummering</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="148" />
            <source>Avslutning av oppfølgingen</source>
            <translation>Ending the follow-up</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="163" />
            <source>Neste</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="164" />
            <source>Tilbake</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="165" />
            <source>Avslutt oppfølgingen</source>
            <translation>End the follow-up</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="166" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="206" />
            <source>avsluttet oppfølgingen</source>
            <translation>ended the follow-up</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="53" />
            <source>Noen andre har endret det samme</source>
            <translation>Someone else has changed the same thing</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="54" />
            <source>Endringskonflikt</source>
            <translation>Conflicting changes</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="67" />
            <source>Deres versjon</source>
            <translation>Their version</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="68" />
            <source>Din versjon</source>
            <translation>Your version</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="70" />
            <source>Deres (lagret)</source>
            <translation>Theirs (saved)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="70" />
            <source>Din</source>
            <translation>Yours</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="89" />
            <source>Kopier min tekst</source>
            <translation>Copy my text</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="90" />
            <source>Se deres</source>
            <translation>See theirs</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="91" />
            <source>Behold min</source>
            <translation>Keep mine</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="94" />
            <source>Slå sammen</source>
            <translation>Merge</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="115" />
            <source>(ikke satt)</source>
            <translation>(not set)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="117" />
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="117" />
            <source>nei</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="124" />
            <source>(en annen verdi)</source>
            <translation>(another value)</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <location filename="../../lagmote/ui/connection_banner.py" line="36" />
            <source>Prøv nå</source>
            <translation>Try now</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/connection_banner.py" line="37" />
            <source>Kopier det som ikke er lagret</source>
            <translation>Copy what is not saved</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/connection_banner.py" line="57" />
            <source>⚠ Forbindelsen til databaseserveren er brutt. Det du skriver, blir tatt vare på her og lagret når serveren svarer igjen. Lukk ikke programmet før det er lagret.</source>
            <translation>⚠ The connection to the database server is lost. What you write is kept here and saved when the server answers again. Do not close the program until it is saved.</translation>
        </message>
    </context>
    <context>
        <name>ConsentForm</name>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="80" />
            <source>Registrer samtykket</source>
            <translation>Register the consent</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="87" />
            <source>Hvem gir samtykket</source>
            <translation>Who gives the consent</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="90" />
            <source>Velg eller skriv navnet</source>
            <translation>Choose or type the name</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="91" />
            <source>Rollen til den som samtykker</source>
            <translation>Role of the person consenting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="93" />
            <source>Med familiens egne ord, og andre enn rollene</source>
            <translation>In the family's own words, and others than the roles</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="94" />
            <source>Kan deles med, med egne ord</source>
            <translation>Can be shared with, in own words</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="96" />
            <location filename="../../lagmote/ui/consent_form.py" line="120" />
            <source>Hvilken informasjon</source>
            <translation>What information</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="97" />
            <source>Hvilken informasjon kan deles?</source>
            <translation>What information can be shared?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="104" />
            <source>Samtykket gjelder fra</source>
            <translation>The consent applies from</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="105" />
            <location filename="../../lagmote/ui/consent_form.py" line="122" />
            <source>Merknad</source>
            <translation>Remark</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="106" />
            <source>For eksempel: forklart med tolk</source>
            <translation>For example: explained with an interpreter</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="117" />
            <source>Gitt av</source>
            <translation>Given by</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="118" />
            <source>Kan deles med</source>
            <translation>Can be shared with</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="119" />
            <source>Andre / egne ord</source>
            <translation>Others / own words</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="121" />
            <source>Form og dato</source>
            <translation>Form and date</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="127" />
            <source>Nytt samtykke</source>
            <translation>New consent</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="128" />
            <source>Under 18 år samtykker foresatte, etter å ha hørt ungdommen. Samtykket kan trekkes tilbake når som helst, uten grunn. Rollene med fet skrift er i laget nå.</source>
            <translation>Under 18, the parents or guardians consent, after hearing the young person. The consent can be withdrawn at any time, without a reason. The roles in bold are in the team now.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="163" />
            <source>I laget nå</source>
            <translation>In the team now</translation>
        </message>
    </context>
    <context>
        <name>ConsentRegister</name>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="48" />
            <source>Samtykker</source>
            <translation>Consents</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="51" />
            <source>Ingen samtykker er registrert ennå.</source>
            <translation>No consents are registered yet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="53" />
            <source>Samtykkene vises ikke på storskjermen. Om laget kan dele informasjon med en rolle, står ved rollen over.</source>
            <translation>The consents are not shown on the big screen. Whether the team can share information with a role is shown by the role above.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="61" />
            <source>Trekk tilbake</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="63" />
            <location filename="../../lagmote/ui/consent_view.py" line="191" />
            <source>Nytt samtykke …</source>
            <translation>New consent …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="76" />
            <source>Trukket tilbake fra og med</source>
            <translation>Withdrawn from and including</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="158" />
            <source>Velg et samtykke i listen for å trekke det tilbake.</source>
            <translation>Choose a consent in the list to withdraw it.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="160" />
            <source>Samtykket fra {who} er allerede trukket tilbake.</source>
            <translation>The consent from {who} is already withdrawn.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="164" />
            <source>Samtykket fra {who} trekkes tilbake fra og med</source>
            <translation>The consent from {who} is withdrawn from and including</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="191" />
            <source>Skjul skjemaet</source>
            <translation>Hide the form</translation>
        </message>
    </context>
    <context>
        <name>ConsentTableModel</name>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="317" />
            <source>Gitt av</source>
            <translation>Given by</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="318" />
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="319" />
            <source>Kan deles med</source>
            <translation>Can be shared with</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="320" />
            <source>Hva</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="321" />
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="322" />
            <source>Fra</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="323" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="366" />
            <source>Merknad: {note}</source>
            <translation>Remark: {note}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="384" />
            <source>⚠ Trukket tilbake {date}</source>
            <translation>⚠ Withdrawn {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="388" />
            <source>… Gjelder fra {date}</source>
            <translation>… Applies from {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="392" />
            <source>✓ Gjelder til {date}</source>
            <translation>✓ Applies until {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="395" />
            <source>✓ Gjelder</source>
            <translation>✓ Applies</translation>
        </message>
    </context>
    <context>
        <name>CoordinationStep</name>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="155" />
            <source>Notat (bare for laget)</source>
            <translation>Note (for the team only)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="164" />
            <source>Lagets notater fra møtet (bare for laget)</source>
            <translation>The team's notes from the meeting (for the team only)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="165" />
            <source>Det laget trenger å huske, som ikke hører hjemme i «Min plan».</source>
            <translation>What the team needs to remember that does not belong in “My plan”.</translation>
        </message>
    </context>
    <context>
        <name>DailyBackup</name>
        <message>
            <location filename="../../lagmote/ui/daily_backup.py" line="75" />
            <source>Sikkerhetskopi</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/daily_backup.py" line="113" />
            <source>Ingen daglig sikkerhetskopi: {why}</source>
            <translation>No daily backup: {why}</translation>
        </message>
    </context>
    <context>
        <name>DecisionListModel</name>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="216" />
            <source>Vedtak</source>
            <translation>Decisions</translation>
        </message>
    </context>
    <context>
        <name>Domain</name>
        <message>
            <location filename="../../lagmote/alerts.py" line="33" />
            <source>Lagmøte på overtid: {late} over fristen {due}</source>
            <translation>Team meeting overdue: {late} past the deadline {due}</translation>
        </message>
        <message>
            <location filename="../../lagmote/alerts.py" line="38" />
            <source>Neste lagmøte er planlagt {after} etter fristen</source>
            <translation>The next team meeting is planned {after} after the deadline</translation>
        </message>
        <message>
            <location filename="../../lagmote/alerts.py" line="41" />
            <source>Lagmøte må holdes i dag, og er ikke planlagt</source>
            <translation>A team meeting must be held today, and none is planned</translation>
        </message>
        <message>
            <location filename="../../lagmote/alerts.py" line="45" />
            <source>Lagmøte må holdes om {left}, og er ikke planlagt</source>
            <translation>A team meeting must be held in {left}, and none is planned</translation>
        </message>
        <message>
            <location filename="../../lagmote/alerts.py" line="55" />
            <source>Evaluering på overtid: {late} over fristen {due}</source>
            <translation>Evaluation overdue: {late} past the deadline {due}</translation>
        </message>
        <message>
            <location filename="../../lagmote/alerts.py" line="64" />
            <source>1 oppgave fra lagmøtene over fristen</source>
            <translation>1 task from the team meetings past its deadline</translation>
        </message>
        <message>
            <location filename="../../lagmote/alerts.py" line="65" />
            <source>{n} oppgaver fra lagmøtene over fristen</source>
            <translation>{n} tasks from the team meetings past their deadline</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="23" />
            <source>Målene er nådd</source>
            <translation>The goals have been reached</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="24" />
            <source>Ungdommen får hjelp gjennom andre tiltak</source>
            <translation>The young person gets help through other measures</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="25" />
            <source>Ungdommen eller familien ønsker ikke mer oppfølging</source>
            <translation>The young person or the family does not want more follow-up</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="26" />
            <source>Ungdommen flytter fra bydelen</source>
            <translation>The young person is moving out of the district</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="27" />
            <source>Ungdommen har nådd aldersgrensen</source>
            <translation>The young person has reached the age limit</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="28" />
            <location filename="../../lagmote/standard.py" line="1079" />
            <location filename="../../lagmote/week.py" line="44" />
            <source>Annet</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="34" />
            <source>Ny skole, eller overgang til videregående</source>
            <translation>New school, or moving on to upper secondary school</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="35" />
            <source>Fyller 18 år</source>
            <translation>Turns 18</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="36" />
            <source>Fyller 19 år</source>
            <translation>Turns 19</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="37" />
            <source>Overgang til andre tiltak og tjenester</source>
            <translation>Moving on to other measures and services</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="102" />
            <source>Avslutningsdatoen kan ikke være fram i tid.</source>
            <translation>The end date cannot be in the future.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="104" />
            <source>Velg hvorfor oppfølgingen avsluttes.</source>
            <translation>Choose why the follow-up is ending.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="106" />
            <source>Skriv hvorfor oppfølgingen avsluttes.</source>
            <translation>Write why the follow-up is ending.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="108" />
            <source>Skriv hvem som følger opp videre, eller at ingen gjør det.</source>
            <translation>Write who follows up from here, or that no one does.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="111" />
            <source>Skriv hvordan laget følger opp overgangene som er krysset av.</source>
            <translation>Write how the team follows up the transitions that are ticked.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="113" />
            <source>Skriv en kort oppsummering av oppfølgingen.</source>
            <translation>Write a short summary of the follow-up.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="120" />
            <source>Ukjent overgang: «{code}».</source>
            <translation>Unknown transition: “{code}”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="125" />
            <source>Navnet på kontaktpersonen</source>
            <translation>The contact person's name</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="126" />
            <source>Tjenesten</source>
            <translation>The service</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="127" />
            <location filename="../../lagmote/team.py" line="184" />
            <source>Telefonnummeret</source>
            <translation>The phone number</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="131" />
            <source>Grunnen</source>
            <translation>The reason</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="132" />
            <source>Overføringen</source>
            <translation>The handover</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="133" />
            <source>Teksten om overganger</source>
            <translation>The text about transitions</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="134" />
            <source>Oppsummeringen</source>
            <translation>The summary</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="17" />
            <source>mandag</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="18" />
            <source>tirsdag</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="19" />
            <source>onsdag</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="20" />
            <source>torsdag</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="21" />
            <source>fredag</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="22" />
            <source>lørdag</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="23" />
            <source>søndag</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="28" />
            <source>januar</source>
            <translation>January</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="29" />
            <source>februar</source>
            <translation>February</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="30" />
            <source>mars</source>
            <translation>March</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="31" />
            <source>april</source>
            <translation>April</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="32" />
            <source>mai</source>
            <translation>May</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="33" />
            <source>juni</source>
            <translation>June</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="34" />
            <source>juli</source>
            <translation>July</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="35" />
            <source>august</source>
            <translation>August</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="36" />
            <source>september</source>
            <translation>September</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="37" />
            <source>oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="38" />
            <source>november</source>
            <translation>November</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="39" />
            <source>desember</source>
            <translation>December</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="54" />
            <source>{weekday} {day}. {month} {year}</source>
            <translation>{weekday} {day} {month} {year}</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="62" />
            <source>uke {week}</source>
            <translation>week {week}</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="85" />
            <source>{n} uker</source>
            <translation>{n} weeks</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="86" />
            <source>1 dag</source>
            <translation>1 day</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="86" />
            <source>{n} dager</source>
            <translation>{n} days</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/archive.py" line="35" />
            <location filename="../../lagmote/db/backup.py" line="268" />
            <location filename="../../lagmote/db/backup.py" line="405" />
            <location filename="../../lagmote/db/engine.py" line="126" />
            <location filename="../../lagmote/preferences.py" line="59" />
            <source>Mappen {folder} finnes ikke.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/archive.py" line="39" />
            <source>Bare en avsluttet sak kan arkiveres og slettes. Avslutt oppfølgingen først.</source>
            <translation>Only a case whose follow-up has ended can be archived and deleted. End the follow-up first.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/audit_queries.py" line="47" />
            <location filename="../../lagmote/db/sheet_quick.py" line="90" />
            <location filename="../../lagmote/db/youth_access.py" line="33" />
            <source>Fant ingen ungdom med id {id}.</source>
            <translation>No young person found with id {id}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="54" />
            <source>En PostgreSQL-database sikkerhetskopieres med serverens egne verktøy (pg_dump): se «Sikkerhetskopi» i README.</source>
            <translation>A PostgreSQL database is backed up with the server's own tools (pg_dump): see “Sikkerhetskopi” in the README.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="90" />
            <location filename="../../lagmote/db/engine.py" line="142" />
            <source>Databasefilen {path} finnes ikke.</source>
            <translation>The database file {path} does not exist.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="94" />
            <location filename="../../lagmote/db/cipher_file.py" line="36" />
            <source>Databasefilen {path} er skadet eller ufullstendig.</source>
            <translation>The database file {path} is damaged or incomplete.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="110" />
            <source>Sikkerhetskopien kunne ikke lages.</source>
            <translation>The backup could not be made.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="145" />
            <location filename="../../lagmote/db/backup.py" line="194" />
            <location filename="../../lagmote/db/backup.py" line="216" />
            <source>Sikkerhetskopien {name} er skadet.</source>
            <translation>The backup {name} is damaged.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="155" />
            <source>Sikkerhetskopien {path} finnes ikke.</source>
            <translation>The backup {path} does not exist.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="158" />
            <source>Sikkerhetskopien {path} kan ikke leses.</source>
            <translation>The backup {path} cannot be read.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="162" />
            <source>{name} er ikke kryptert, så den er ikke fra Lagmøte.</source>
            <translation>{name} is not encrypted, so it is not from Lagmøte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="166" />
            <source>Sikkerhetskopien {name} er ufullstendig eller skadet.</source>
            <translation>The backup {name} is incomplete or damaged.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="189" />
            <source>Sikkerhetskopien {name} kan ikke åpnes: feil nøkkel, eller filen er ikke fra Lagmøte.</source>
            <translation>The backup {name} cannot be opened: wrong key, or the file is not from Lagmøte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="222" />
            <location filename="../../lagmote/db/backup.py" line="225" />
            <source>{name} er ikke en sikkerhetskopi fra Lagmøte.</source>
            <translation>{name} is not a backup from Lagmøte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="229" />
            <source>Sikkerhetskopien {name} er fra en nyere versjon av Lagmøte: oppdater programmet først.</source>
            <translation>The backup {name} is from a newer version of Lagmøte: update the program first.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="301" />
            <source>Databasen {name} er åpen i Lagmøte akkurat nå: lukk programmet (og kommandoer som bruker den) før du gjenoppretter.</source>
            <translation>The database {name} is open in Lagmøte right now: close the program (and any commands using it) before you restore.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="337" />
            <source>Den gamle databasefilen {name} kunne ikke tas vare på.</source>
            <translation>The old database file {name} could not be kept.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="393" />
            <source>Mappen {folder} kan ikke lages.</source>
            <translation>The folder {folder} cannot be created.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="450" />
            <source>Mappen {folder} kan ikke skrives til.</source>
            <translation>The folder {folder} cannot be written to.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="457" />
            <source>Filen {path} kunne ikke skrives.</source>
            <translation>The file {path} could not be written.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="481" />
            <source>Sikkerhetskopien og databasen kan ikke være samme fil.</source>
            <translation>The backup and the database cannot be the same file.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/cipher_file.py" line="26" />
            <source>Databasefilen {path} kan ikke leses.</source>
            <translation>The database file {path} cannot be read.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/cipher_file.py" line="29" />
            <source>Databasefilen {path} er skadet eller ufullstendig: den er tom. Ble programmet stoppet første gang det startet, kan den tomme filen slettes, så lages en ny.</source>
            <translation>The database file {path} is damaged or incomplete: it is empty. If the program was stopped the first time it started, you can delete the empty file, and a new one will then be created.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/cipher_file.py" line="51" />
            <source>Nøkkelringen har ingen nøkkel for denne databasefilen: den er skadet, laget på en annen maskin, eller låst med passord (oppgi det i {variable}).</source>
            <translation>The keyring has no key for this database file: it is damaged, was made on another computer, or is locked with a password (set it in {variable}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/closing_ops.py" line="22" />
            <source>avslutningen</source>
            <translation>the ending</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/closing_ops.py" line="34" />
            <source>Oppfølgingen er allerede avsluttet.</source>
            <translation>The follow-up has already ended.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/closing_ops.py" line="36" />
            <location filename="../../lagmote/db/evaluation_ops.py" line="43" />
            <source>evalueringen</source>
            <translation>the evaluation</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/closing_ops.py" line="69" />
            <source>Oppfølgingen er ikke avsluttet.</source>
            <translation>The follow-up has not ended.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/conflicts.py" line="36" />
            <source>Noen andre har endret {what} mens du skrev. Velg hva som skal gjelde.</source>
            <translation>Someone else changed {what} while you were typing. Choose which should stand.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/conflicts.py" line="73" />
            <source>«{label}»</source>
            <translation>“{label}”</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="81" />
            <source>Databasen er ikke satt opp ennå: kjør lagmote admin init først.</source>
            <translation>The database is not set up yet: run lagmote admin init first.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="85" />
            <source>En ny bruker må få et passord.</source>
            <translation>A new user must be given a password.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="119" />
            <source>{name} er ikke med i laget rundt ungdom {id}.</source>
            <translation>{name} is not on the team around young person {id}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="130" />
            <source>«{name}» kan ikke være et brukernavn: bruk 2–63 små bokstaver a–z, sifre og _, og begynn med en bokstav.</source>
            <translation>“{name}” cannot be a user name: use 2–63 lower-case letters a–z, digits and _, and start with a letter.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="143" />
            <source>Ukjent rolle «{role}». Velg en av: {roles}.</source>
            <translation>Unknown role “{role}”. Choose one of: {roles}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="152" />
            <source>Brukere og lag settes opp bare i en delt PostgreSQL-database, ikke i en lokal fil.</source>
            <translation>Users and teams are set up only in a shared PostgreSQL database, not in a local file.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="168" />
            <source>Du har ikke rettigheter til å sette opp brukere: kjør kommandoen som databasens eier, med rett til å lage roller (CREATEROLE).</source>
            <translation>You do not have the rights to set up users: run the command as the database's owner, with the right to create roles (CREATEROLE).</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="201" />
            <source>{name} er ikke en bruker av databasen: legg til med add-user.</source>
            <translation>{name} is not a user of the database: add them with add-user.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/engine.py" line="117" />
            <source>lokal socket</source>
            <translation>local socket</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/engine.py" line="128" />
            <source>{path} er en mappe, ikke en databasefil.</source>
            <translation>{path} is a folder, not a database file.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/engine.py" line="188" />
            <source>Databasefilen {path} ble laget av et annet program.</source>
            <translation>The database file {path} was made by another program.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/engine.py" line="192" />
            <source>Databasefilen {path} kunne ikke opprettes.</source>
            <translation>The database file {path} could not be created.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/engine.py" line="206" />
            <source>Databasefilen kunne ikke opprettes.</source>
            <translation>The database file could not be created.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/erase_ops.py" line="24" />
            <source>Bare en avsluttet sak kan slettes. Avslutt oppfølgingen først.</source>
            <translation>Only a case whose follow-up has ended can be deleted. End the follow-up first.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="31" />
            <source>Databaseserveren svarer ikke.</source>
            <translation>The database server is not responding.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="32" />
            <source>Forbindelsen til databaseserveren ble brutt.</source>
            <translation>The connection to the database server was lost.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="33" />
            <source>Forbindelsen til databaseserveren er brutt. Det du skrev, er tatt vare på og lagres når serveren svarer igjen.</source>
            <translation>The connection to the database server has been lost. What you typed has been kept and will be saved when the server responds again.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="44" />
            <source>Databasen kan ikke åpnes: feil nøkkel eller passord, eller filen er skadet.</source>
            <translation>The database cannot be opened: wrong key or password, or the file is damaged.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="46" />
            <source>Databasefilen er skadet.</source>
            <translation>The database file is damaged.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="47" />
            <source>Databasen er låst av et annet program som bruker den.</source>
            <translation>The database is locked by another program that is using it.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="48" />
            <source>Disken er full, så endringen ble ikke lagret.</source>
            <translation>The disk is full, so the change was not saved.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="49" />
            <source>Databasefilen kan ikke skrives til (skrivebeskyttet).</source>
            <translation>The database file cannot be written to (read-only).</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="50" />
            <source>Databasefilen kan ikke åpnes.</source>
            <translation>The database file cannot be opened.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="51" />
            <source>Lesing eller skriving til disken feilet.</source>
            <translation>Reading from or writing to the disk failed.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="55" />
            <source>Innlogging til databaseserveren ble avvist.</source>
            <translation>The login to the database server was refused.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="56" />
            <source>Databasen finnes ikke på serveren.</source>
            <translation>The database does not exist on the server.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="59" />
            <source>Du har ikke tilgang til dette i databasen.</source>
            <translation>You do not have access to this in the database.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="62" />
            <source>Du har ikke tilgang til å lagre dette: du er ikke med i laget rundt ungdommen, eller rollen din i laget gir ikke tilgang til det.</source>
            <translation>You may not save this: you are not on the team around the young person, or your role on the team does not give access to it.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="103" />
            <source>Noen andre har endret dette i mellomtiden. Last inn på nytt og prøv igjen.</source>
            <translation>Someone else has changed this in the meantime. Reload and try again.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="105" />
            <source>Endringen ble avvist fordi den bryter en regel i databasen.</source>
            <translation>The change was refused because it breaks a rule in the database.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="111" />
            <source>Databasen kunne ikke brukes akkurat nå.</source>
            <translation>The database could not be used just now.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="112" />
            <location filename="../../lagmote/db/quick.py" line="106" />
            <source>Databasen meldte en feil, så handlingen ble ikke fullført.</source>
            <translation>The database reported an error, so the action was not completed.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="46" />
            <source>perioden</source>
            <translation>the period</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="47" />
            <source>svarene</source>
            <translation>the answers</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="48" />
            <source>anbefalingen</source>
            <translation>the recommendation</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="85" />
            <source>Det finnes allerede et utkast til evaluering: fortsett på det.</source>
            <translation>There is already a draft evaluation: continue with it.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="114" />
            <source>Ugyldig side i evalueringen.</source>
            <translation>Invalid page in the evaluation.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="125" />
            <source>Evalueringen er fullført; åpne den som utkast for å endre den.</source>
            <translation>The evaluation is completed; open it as a draft to change it.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="149" />
            <source>Det finnes et annet utkast; fullfør eller slett det først.</source>
            <translation>There is another draft; complete or delete it first.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="162" />
            <source>En fullført evaluering kan ikke slettes: den er lagets vurdering.</source>
            <translation>A completed evaluation cannot be deleted: it is the team's judgement.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="34" />
            <source>kartleggingen</source>
            <translation>the assessment</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="35" />
            <source>datoen for kartleggingen</source>
            <translation>the date of the assessment</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="35" />
            <location filename="../../lagmote/db/meeting_ops.py" line="136" />
            <location filename="../../lagmote/db/service_note_ops.py" line="73" />
            <source>notatet</source>
            <translation>the note</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="37" />
            <source>vurderingen</source>
            <translation>the rating</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="38" />
            <source>ressursene</source>
            <translation>the resources</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="39" />
            <source>risikoene</source>
            <translation>the risks</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="208" />
            <source>Det finnes allerede en kartlegging med denne datoen; velg en annen dag.</source>
            <translation>There is already an assessment on this date; choose another day.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="109" />
            <location filename="../../lagmote/db/recovery_key.py" line="106" />
            <source>Nøkkelen i nøkkelringen er ødelagt.</source>
            <translation>The key in the keyring is corrupted.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="112" />
            <source>Nøkkelringen svarte ikke, så databasen kan ikke låses opp.</source>
            <translation>The keyring did not respond, so the database cannot be unlocked.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="125" />
            <source>Nøkkelen kunne ikke lagres i nøkkelringen.</source>
            <translation>The key could not be stored in the keyring.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="128" />
            <source>Nøkkelringen tok ikke vare på nøkkelen, så databasen ble ikke laget.</source>
            <translation>The keyring did not keep the key, so the database was not created.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="155" />
            <source>Passordet må ha minst {length} tegn.</source>
            <translation>The password must have at least {length} characters.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="158" />
            <source>Passordet kan ikke inneholde kontrolltegn.</source>
            <translation>The password cannot contain control characters.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="160" />
            <source>Passordet kan ikke begynne med x'.</source>
            <translation>The password cannot begin with x'.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="167" />
            <source>Ingen nøkkelring er tilgjengelig: oppgi passordet i {variable}.</source>
            <translation>No keyring is available: set the password in {variable}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="173" />
            <location filename="../../lagmote/db/server.py" line="219" />
            <source>Databasen ble ikke åpnet fordi passordet ikke ble oppgitt.</source>
            <translation>The database was not opened because no password was given.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="36" />
            <source>lagmøtet</source>
            <translation>the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="38" />
            <source>ungdommens egne ord</source>
            <translation>the young person's own words</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="38" />
            <source>notatene</source>
            <translation>the notes</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="40" />
            <location filename="../../lagmote/db/meeting_ops.py" line="257" />
            <location filename="../../lagmote/db/meeting_ops.py" line="268" />
            <source>oppgaven</source>
            <translation>the task</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="41" />
            <source>hvem som gjør oppgaven</source>
            <translation>who does the task</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="42" />
            <location filename="../../lagmote/db/plan_ops.py" line="60" />
            <source>fristen</source>
            <translation>the deadline</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="43" />
            <source>datoen den ble gjort</source>
            <translation>the date it was done</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="76" />
            <source>Lagmøtet har ikke noe felt som heter «{field}».</source>
            <translation>The team meeting has no field called “{field}”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="107" />
            <source>Et holdt lagmøte kan ikke slettes: det er lagets referat.</source>
            <translation>A team meeting that has been held cannot be deleted: it is the team's minutes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="110" />
            <source>Lagmøtet har allerede noe skrevet inn, så det kan ikke slettes.</source>
            <translation>Something has already been written in the team meeting, so it cannot be deleted.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="179" />
            <source>deltakeren</source>
            <translation>the participant</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="207" />
            <location filename="../../lagmote/db/meeting_ops.py" line="208" />
            <location filename="../../lagmote/db/meeting_ops.py" line="215" />
            <source>vedtaket</source>
            <translation>the decision</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="281" />
            <location filename="../../lagmote/db/team_ops.py" line="83" />
            <location filename="../../lagmote/db/team_ops.py" line="97" />
            <location filename="../../lagmote/db/team_ops.py" line="108" />
            <source>medlemmet</source>
            <translation>the member</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="293" />
            <source>Fant ikke lagmøtet til {what}; noen kan ha slettet det.</source>
            <translation>Could not find the team meeting for {what}; someone may have deleted it.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/ops_common.py" line="49" />
            <source>ungdommen</source>
            <translation>the young person</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/ops_common.py" line="58" />
            <source>Fant ikke {what} (id {id}); noen kan ha slettet det.</source>
            <translation>Could not find {what} (id {id}); someone may have deleted it.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/ops_common.py" line="77" />
            <source>Det som ble valgt, hører til en annen ungdom.</source>
            <translation>What was chosen belongs to another young person.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="51" />
            <location filename="../../lagmote/db/plan_ops.py" line="135" />
            <location filename="../../lagmote/db/plan_ops.py" line="146" />
            <location filename="../../lagmote/db/plan_ops.py" line="223" />
            <location filename="../../lagmote/db/plan_ops.py" line="248" />
            <location filename="../../lagmote/db/plan_ops.py" line="320" />
            <source>målet</source>
            <translation>the goal</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="52" />
            <source>området</source>
            <translation>the area</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="53" />
            <source>hvorfor</source>
            <translation>why</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="54" />
            <source>målstigen</source>
            <translation>the goal ladder</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="57" />
            <location filename="../../lagmote/db/plan_ops.py" line="294" />
            <location filename="../../lagmote/db/plan_ops.py" line="307" />
            <source>tiltaket</source>
            <translation>the measure</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="58" />
            <source>målet tiltaket hører til</source>
            <translation>the goal the measure belongs to</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="59" />
            <source>hvem som har ansvaret</source>
            <translation>who is responsible</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="61" />
            <source>statusen</source>
            <translation>the status</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="62" />
            <source>datoen det ble gjort</source>
            <translation>the date it was done</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="65" />
            <source>dagen</source>
            <translation>the day</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="66" />
            <source>starttiden</source>
            <translation>the start time</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="67" />
            <source>sluttiden</source>
            <translation>the end time</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="68" />
            <source>slaget aktivitet</source>
            <translation>the kind of activity</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="69" />
            <source>navnet på aktiviteten</source>
            <translation>the name of the activity</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="70" />
            <source>stedet</source>
            <translation>the place</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="92" />
            <source>teksten</source>
            <translation>the text</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="323" />
            <source>den ansvarlige</source>
            <translation>the person responsible</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="364" />
            <location filename="../../lagmote/db/plan_ops.py" line="378" />
            <source>aktiviteten</source>
            <translation>the activity</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/recovery_key.py" line="61" />
            <source>Gjenopprettingsnøkkelen skal ha 64 tegn (0–9 og A–F) i blokker på fire.</source>
            <translation>The recovery key must have 64 characters (0–9 and A–F) in blocks of four.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/recovery_key.py" line="108" />
            <source>Nøkkelringen svarte ikke, så nøkkelen kan ikke vises.</source>
            <translation>The keyring did not respond, so the key cannot be shown.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/recovery_key.py" line="116" />
            <source>Nøkkelringen har ingen nøkkel for denne databasefilen.</source>
            <translation>The keyring has no key for this database file.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/recovery_key.py" line="128" />
            <source>Passordet lagres ikke noe sted, så ta sikkerhetskopi med «lagmote backup».</source>
            <translation>The password is not stored anywhere, so make a backup with “lagmote backup”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/recovery_key.py" line="149" />
            <source>Nøkkelringen har ingen nøkkel for {name}: kjør kommandoen i et terminalvindu og skriv gjenopprettingsnøkkelen, eller oppgi passordet i {variable}.</source>
            <translation>The keyring has no key for {name}: run the command in a terminal window and type the recovery key, or set the password in {variable}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="55" />
            <location filename="../../lagmote/db/server.py" line="103" />
            <source>Databaseadressen er ikke en gyldig PostgreSQL-adresse.</source>
            <translation>The database address is not a valid PostgreSQL address.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="82" />
            <source>Innlogging til databaseserveren ble avvist: feil brukernavn eller passord.</source>
            <translation>The login to the database server was refused: wrong user name or password.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="92" />
            <source>PostgreSQL-støtte mangler: installer lagmote[postgres].</source>
            <translation>PostgreSQL support is missing: install lagmote[postgres].</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="131" />
            <source>Du har ikke tilgang til denne databasen: administratoren må gjøre deg til bruker (lagmote admin add-user).</source>
            <translation>You do not have access to this database: the administrator must make you a user (lagmote admin add-user).</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="142" />
            <source>Databasen må oppgraderes til denne versjonen av Lagmøte, og det kan bare administratoren gjøre (lagmote admin init).</source>
            <translation>The database must be upgraded to this version of Lagmøte, and only the administrator can do that (lagmote admin init).</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="212" />
            <source>Databaseserveren vil ha et passord, men ingen nøkkelring har det og det kan ikke spørres om her.</source>
            <translation>The database server wants a password, but no keyring has it and it cannot be asked for here.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="230" />
            <source>Passord for {who}: </source>
            <translation>Password for {who}: </translation>
        </message>
        <message>
            <location filename="../../lagmote/db/settings.py" line="38" />
            <source>Evalueringsintervallet må være mellom {low} og {high} måneder.</source>
            <translation>The evaluation interval must be between {low} and {high} months.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/settings.py" line="42" />
            <source>Tiden før vinduet låser seg må være mellom {low} og {high} minutter.</source>
            <translation>The time before the window locks must be between {low} and {high} minutes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/store.py" line="34" />
            <source>Lagmøte er låst: lås opp før du fortsetter.</source>
            <translation>Lagmøte is locked: unlock it before you continue.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/store.py" line="43" />
            <source>Teksten har et kontrolltegn eller ugyldig tegn som ikke kan lagres; bare linjeskift og tabulator er lov.</source>
            <translation>The text has a control character or invalid character that cannot be saved; only line breaks and tabs are allowed.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="30" />
            <source>rollen</source>
            <translation>the role</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="31" />
            <source>navnet</source>
            <translation>the name</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="32" />
            <source>arbeidsstedet</source>
            <translation>the workplace</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="33" />
            <source>telefonnummeret</source>
            <translation>the phone number</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="34" />
            <source>e-postadressen</source>
            <translation>the e-mail address</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="35" />
            <source>ansvaret</source>
            <translation>the responsibilities</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="38" />
            <source>hvem som samtykket</source>
            <translation>who consented</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="39" />
            <source>rollen til den som samtykket</source>
            <translation>the role of the person who consented</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="40" />
            <location filename="../../lagmote/db/team_ops.py" line="42" />
            <source>hvem det deles med</source>
            <translation>who it is shared with</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="41" />
            <source>datoen samtykket ble gitt</source>
            <translation>the date the consent was given</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="43" />
            <source>hva som deles</source>
            <translation>what is shared</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="44" />
            <source>formen på samtykket</source>
            <translation>the form of the consent</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="45" />
            <source>datoen samtykket ble trukket tilbake</source>
            <translation>the date the consent was withdrawn</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="46" />
            <source>merknaden</source>
            <translation>the remark</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="155" />
            <location filename="../../lagmote/db/team_ops.py" line="167" />
            <source>samtykket</source>
            <translation>the consent</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="38" />
            <source>Filen er ikke tekst i UTF-8.</source>
            <translation>The file is not UTF-8 text.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="53" />
            <source>{path} er en mappe, ikke en fil.</source>
            <translation>{path} is a folder, not a file.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="58" />
            <source>Fant ikke filen {path}.</source>
            <translation>Could not find the file {path}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="60" />
            <source>Filen {path} kan ikke leses.</source>
            <translation>The file {path} cannot be read.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="68" />
            <source>Filen er større enn {megabytes} MB, som er grensen for en Lagmøte-fil.</source>
            <translation>The file is larger than {megabytes} MB, the limit for a Lagmøte file.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="81" />
            <source>Filen er ikke gyldig JSON (feil på linje {line}, kolonne {column}).</source>
            <translation>The file is not valid JSON (error at line {line}, column {column}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="86" />
            <source>Filen er nestet for dypt til å være en Lagmøte-fil.</source>
            <translation>The file is nested too deeply to be a Lagmøte file.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="88" />
            <source>Filen er ikke gyldig JSON.</source>
            <translation>The file is not valid JSON.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="95" />
            <source>Filen har et objekt med samme felt to ganger.</source>
            <translation>The file has an object with the same field twice.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="100" />
            <source>Filen har NaN eller Infinity, som ikke er gyldig JSON.</source>
            <translation>The file has NaN or Infinity, which is not valid JSON.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/importer.py" line="42" />
            <source>Ungdommen finnes allerede i databasen (uid {uid}). Bruk {option} for å lage en kopi.</source>
            <translation>The young person is already in the database (uid {uid}). Use {option} to make a copy.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="47" />
            <location filename="../../lagmote/db/transfer/validate.py" line="93" />
            <source>tekst</source>
            <translation>text</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="47" />
            <source>true eller false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="47" />
            <source>en dato (ÅÅÅÅ-MM-DD)</source>
            <translation>a date (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="87" />
            <source>en sannhetsverdi</source>
            <translation>a true/false value</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="89" />
            <location filename="../../lagmote/db/transfer/validate.py" line="206" />
            <source>et heltall</source>
            <translation>a whole number</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="91" />
            <source>et desimaltall</source>
            <translation>a decimal number</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="95" />
            <location filename="../../lagmote/db/transfer/validate.py" line="142" />
            <source>en liste</source>
            <translation>a list</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="97" />
            <location filename="../../lagmote/db/transfer/validate.py" line="155" />
            <source>et objekt</source>
            <translation>an object</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="98" />
            <source>en verdi JSON ikke har</source>
            <translation>a value JSON does not have</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="105" />
            <source>{path}: må være {expected}, fikk {actual}.</source>
            <translation>{path}: must be {expected}, got {actual}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="112" />
            <source>et heltall fra {low} til {high}</source>
            <translation>a whole number from {low} to {high}</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="129" />
            <source>Dokumentet må være et JSON-objekt, fikk {actual}.</source>
            <translation>The document must be a JSON object, got {actual}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="145" />
            <source>{path}: kan ha høyst {most} rader, fikk {count}.</source>
            <translation>{path}: can have at most {most} rows, got {count}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="170" />
            <source>{path}: ref {ref} er brukt av en annen rad i {table}.</source>
            <translation>{path}: ref {ref} is used by another row in {table}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="191" />
            <source>{path}: peker på ref {ref}, men ingen rad i {table} har den.</source>
            <translation>{path}: points to ref {ref}, but no row in {table} has it.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="200" />
            <source>{path}: må være "{format}", ellers er dette ikke en Lagmøte-fil.</source>
            <translation>{path}: must be "{format}", otherwise this is not a Lagmøte file.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="210" />
            <source>{path}: filen er laget med en nyere versjon av Lagmøte, så programmet må oppdateres først.</source>
            <translation>{path}: the file was made by a newer version of Lagmøte, so the program must be updated first.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="217" />
            <source>{path}: må være {version}, fikk et annet tall.</source>
            <translation>{path}: must be {version}, got another number.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="270" />
            <source>{path}: feltet mangler.</source>
            <translation>{path}: the field is missing.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="275" />
            <source>{path}: ukjent felt.</source>
            <translation>{path}: unknown field.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="277" />
            <source>{path}: har et ukjent felt med et navn som ikke kan vises.</source>
            <translation>{path}: has an unknown field with a name that cannot be shown.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="278" />
            <source>Dokumentet</source>
            <translation>The document</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="288" />
            <source>et tidspunkt på formen ÅÅÅÅ-MM-DDTtt:mm:ss</source>
            <translation>a time of the form YYYY-MM-DDThh:mm:ss</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="299" />
            <source>{path}: må være {expected}, fikk annen tekst.</source>
            <translation>{path}: must be {expected}, got other text.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="306" />
            <source>en av {codes}</source>
            <translation>one of {codes}</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="312" />
            <source>{expected} eller null</source>
            <translation>{expected} or null</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="321" />
            <source>{path}: må være {expected}, fikk en ukjent kode.</source>
            <translation>{path}: must be {expected}, got an unknown code.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="329" />
            <source>{path}: kan ha høyst {most} tegn, fikk {count}.</source>
            <translation>{path}: can have at most {most} characters, got {count}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="335" />
            <source>{path}: har kontrolltegn, og bare linjeskift og tabulator er lov.</source>
            <translation>{path}: has control characters; only line breaks and tabs are allowed.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="347" />
            <source>{path}: må være {expected}, fikk et tall utenfor.</source>
            <translation>{path}: must be {expected}, got a number outside that range.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="369" />
            <source>{path}: må være en dato som finnes, fikk en dato som ikke finnes.</source>
            <translation>{path}: must be a date that exists, got a date that does not.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="389" />
            <source>{path}: samme {fields} finnes allerede i {other}.</source>
            <translation>{path}: {other} already has the same {fields}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="410" />
            <source>{path}: må være en UUID med små bokstaver, fikk annen tekst.</source>
            <translation>{path}: must be a lower-case UUID, got other text.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="417" />
            <source>{path}: må være områdenumre fra {low} til {high} skilt med komma, fikk annen tekst.</source>
            <translation>{path}: must be area numbers from {low} to {high} separated by commas, got other text.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="427" />
            <source>{path}: må være senere enn {start}.</source>
            <translation>{path}: must be later than {start}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="437" />
            <source>{path}: må være rollekoder skilt med komma, fikk en ukjent kode.</source>
            <translation>{path}: must be role codes separated by commas, got an unknown code.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="449" />
            <source>{path}: må være {what} skilt med komma, fikk en ukjent kode.</source>
            <translation>{path}: must be {what} separated by commas, got an unknown code.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="460" />
            <source>perspektivkoder</source>
            <translation>perspective codes</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="466" />
            <source>overgangskoder</source>
            <translation>transition codes</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/urls.py" line="35" />
            <source>Skriv ikke passordet i databaseadressen: Lagmøte spør om det og tar vare på det i nøkkelringen.</source>
            <translation>Do not write the password in the database address: Lagmøte asks for it and keeps it in the keyring.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/youth_access.py" line="29" />
            <source>Du har ikke tilgang til ungdom {id}: du er ikke med i laget rundt ungdommen (eller saken finnes ikke). Spør administratoren om du skal ha tilgang.</source>
            <translation>You do not have access to young person {id}: you are not on the team around them (or the case does not exist). Ask the administrator if you should have access.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="111" />
            <source>Utkast</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="113" />
            <location filename="../../lagmote/standard.py" line="1067" />
            <source>Fullført</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="129" />
            <source>Spørsmål {number}: {judgements}.</source>
            <translation>Question {number}: {judgements}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="205" />
            <source>Oppfølgingen ble avsluttet {date}.</source>
            <translation>The follow-up ended on {date}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="207" />
            <source>Oppfølgingen er avsluttet.</source>
            <translation>The follow-up has ended.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="209" />
            <source>Første evaluering blir beregnet fra iverksettingen, som ikke er registrert.</source>
            <translation>The first evaluation is counted from the implementation, which is not registered.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="212" />
            <source>⚠ Evalueringen er på overtid: {late} over fristen {due}.</source>
            <translation>⚠ The evaluation is overdue: {late} past the deadline {due}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="214" />
            <source>Neste evaluering skal være gjort senest {date}.</source>
            <translation>The next evaluation must be done by {date}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="253" />
            <source>Evalueringen kan ikke være datert fram i tid.</source>
            <translation>The evaluation cannot be dated in the future.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="256" />
            <source>Perioden må begynne før den slutter.</source>
            <translation>The period must begin before it ends.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="258" />
            <source>Perioden kan ikke begynne etter evalueringsdatoen.</source>
            <translation>The period cannot begin after the evaluation date.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="260" />
            <source>Perioden kan ikke slutte etter evalueringsdatoen.</source>
            <translation>The period cannot end after the evaluation date.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="261" />
            <source>Deltakerlisten</source>
            <translation>The list of participants</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="268" />
            <source>Ukjent perspektiv: «{code}».</source>
            <translation>Unknown perspective: “{code}”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="274" />
            <source>Evalueringen har ikke noe spørsmål {number}.</source>
            <translation>The evaluation has no question {number}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="278" />
            <source>Ukjent vurdering: «{code}».</source>
            <translation>Unknown judgement: “{code}”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="279" />
            <source>Svaret</source>
            <translation>The answer</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="285" />
            <source>Ukjent anbefaling: «{code}».</source>
            <translation>Unknown recommendation: “{code}”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="286" />
            <source>Begrunnelsen</source>
            <translation>The reasons</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="287" />
            <source>Teksten om uenighet</source>
            <translation>The text about the disagreement</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="290" />
            <source>Neste evaluering må være etter denne.</source>
            <translation>The next evaluation must be after this one.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="292" />
            <source>Når oppfølgingen avsluttes, skal det ikke settes noen ny evaluering.</source>
            <translation>When the follow-up ends, no new evaluation is to be set.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="298" />
            <source>Kryss av for hvem som har gitt tilbakemelding.</source>
            <translation>Tick who has given feedback.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="302" />
            <source>Svar på spørsmål {numbers} fra minst ett perspektiv.</source>
            <translation>Answer these questions from at least one perspective: {numbers}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="305" />
            <source>Velg om oppfølgingen skal avsluttes eller videreføres.</source>
            <translation>Choose whether the follow-up is to end or continue.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="307" />
            <source>Skriv begrunnelsen for anbefalingen.</source>
            <translation>Write the reasons for the recommendation.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="309" />
            <source>Sett dato for neste evaluering.</source>
            <translation>Set a date for the next evaluation.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="311" />
            <source>Perspektivene er uenige: skriv hvordan laget vurderer uenigheten.</source>
            <translation>The perspectives disagree: write how the team judges the disagreement.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="317" />
            <source>Evalueringsintervallet må være mellom {least} og {most} måneder.</source>
            <translation>The evaluation interval must be between {least} and {most} months.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="44" />
            <source>Ikke vurdert ennå.</source>
            <translation>Not rated yet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="46" />
            <source>Vurdert én gang: {rating}.</source>
            <translation>Rated once: {rating}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="47" />
            <source>Fra {first} til {latest}: {direction}.</source>
            <translation>From {first} to {latest}: {direction}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="68" />
            <source>Ingen lagmøter ble holdt i perioden.</source>
            <translation>No team meetings were held in the period.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="69" />
            <source>{on_time} av {held} lagmøter ble holdt innen fristen.</source>
            <translation>{on_time} of {held} team meetings were held by the deadline.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="72" />
            <source>{date}: {days} for sent.</source>
            <translation>{date}: {days} late.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="89" />
            <source>Ingen oppgaver fra lagmøtene hadde frist i perioden.</source>
            <translation>No tasks from the team meetings had a deadline in the period.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="90" />
            <source>{kept} av {due} oppgaver fra lagmøtene ble gjort innen fristen, {kept_late} ble gjort for sent, og {not_done} er ikke gjort.</source>
            <translation>{kept} of {due} tasks from the team meetings were done by the deadline, {kept_late} were done late, and {not_done} are not done.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="115" />
            <source>Det trengs minst to kartlegginger for å se endring.</source>
            <translation>At least two assessments are needed to see change.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="116" />
            <source>Første kartlegging {first}, siste {latest}.</source>
            <translation>First assessment {first}, latest {latest}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="123" />
            <source>{whose}: {changes}.</source>
            <translation>{whose}: {changes}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="125" />
            <source>{whose}: ingen endring.</source>
            <translation>{whose}: no change.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="127" />
            <location filename="../../lagmote/kartlegging.py" line="192" />
            <source>Skjulte områder er ikke tatt med.</source>
            <translation>Hidden areas are left out.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="216" />
            <source>1 trinn bedre</source>
            <translation>1 step better</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="216" />
            <source>1 trinn dårligere</source>
            <translation>1 step worse</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="218" />
            <source>{n} trinn bedre</source>
            <translation>{n} steps better</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="220" />
            <source>{n} trinn dårligere</source>
            <translation>{n} steps worse</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="221" />
            <source>uendret</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="175" />
            <source>Endring over tid vises når det finnes minst to kartlegginger.</source>
            <translation>Change over time is shown once there are at least two assessments.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="178" />
            <source>Endring siden første kartlegging ({date}), etter {whose}:</source>
            <translation>Change since the first assessment ({date}), according to {whose}:</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="182" />
            <source>Mest bedring: {areas}.</source>
            <translation>Most improvement: {areas}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="184" />
            <source>Ingen områder er vurdert bedre enn første gang.</source>
            <translation>No area is rated better than the first time.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="187" />
            <source>Mest tilbakegang: {areas}.</source>
            <translation>Most decline: {areas}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="189" />
            <source>Ingen områder er vurdert dårligere enn første gang.</source>
            <translation>No area is rated worse than the first time.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="197" />
            <source>{area} (fra {first} til {latest})</source>
            <translation>{area} (from {first} to {latest})</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="218" />
            <source>Ungdommen og laget er ikke mer enn ett trinn fra hverandre på noe område.</source>
            <translation>The young person and the team are no more than one step apart on any area.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="219" />
            <source>{area} (ungdommen {youth}, laget {team})</source>
            <translation>{area} (young person {youth}, team {team})</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="228" />
            <source>Ungdommen og laget ser ulikt på: {areas}. Det er noe å snakke om.</source>
            <translation>The young person and the team see these differently: {areas}. That is something to talk about.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="254" />
            <location filename="../../lagmote/plan.py" line="181" />
            <source>Området må være et av de 12 områdene i kartleggingen.</source>
            <translation>The area must be one of the 12 areas of the assessment.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="256" />
            <source>Ukjent vurdering: «{perspective}»; bruk ungdommens eller lagets.</source>
            <translation>Unknown rating: “{perspective}”; use the young person's or the team's.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="260" />
            <source>En vurdering i kartleggingen må være fra 1 til 5, eller «ikke vurdert».</source>
            <translation>A rating in the assessment must be from 1 to 5, or “not rated”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="262" />
            <source>Teksten om ressurser</source>
            <translation>The text about resources</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="263" />
            <source>Teksten om risiko</source>
            <translation>The text about risk</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="268" />
            <source>En kartlegging kan ikke ha en dato fram i tid.</source>
            <translation>An assessment cannot have a date in the future.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="269" />
            <source>Merknaden</source>
            <translation>The note</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="274" />
            <source>Bare de 12 områdene i kartleggingen kan merkes som sensitive.</source>
            <translation>Only the 12 areas of the assessment can be marked as sensitive.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="283" />
            <source>ikke vurdert</source>
            <translation>not rated</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="294" />
            <source>Område</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="296" />
            <source>Å snakke om</source>
            <translation>To talk about</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="300" />
            <source>Område {number}: skjult</source>
            <translation>Area {number}: hidden</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="301" />
            <source>skjult</source>
            <translation>hidden</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="306" />
            <source>Ja, ulik vurdering</source>
            <translation>Yes, rated differently</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="122" />
            <source>ingen</source>
            <translation>no one</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="145" />
            <source>Senest seks uker etter forrige lagmøte ({date}).</source>
            <translation>At the latest six weeks after the previous team meeting ({date}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="148" />
            <source>Det første lagmøtet skal holdes senest én uke etter oppstartsmøtet.</source>
            <translation>The first team meeting is to be held at the latest one week after the start-up meeting.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="150" />
            <source>Fristen var {date}, så møtet bør holdes nå.</source>
            <translation>The deadline was {date}, so the meeting should be held now.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="162" />
            <source>{date} er 1 dag etter fristen ({due}): lagmøtene skal holdes minst hver {weeks}. uke.</source>
            <translation>{date} is 1 day after the deadline ({due}): team meetings are to be held at least every {weeks} weeks.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="166" />
            <source>{date} er {days} dager etter fristen ({due}): lagmøtene skal holdes minst hver {weeks}. uke.</source>
            <translation>{date} is {days} days after the deadline ({due}): team meetings are to be held at least every {weeks} weeks.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="262" />
            <location filename="../../lagmote/meetings.py" line="268" />
            <location filename="../../lagmote/plan.py" line="173" />
            <location filename="../../lagmote/plan.py" line="183" />
            <location filename="../../lagmote/team.py" line="148" />
            <source>Teksten</source>
            <translation>The text</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="267" />
            <source>Dagsordenen har ikke noe punkt som heter «{key}».</source>
            <translation>The agenda has no item called “{key}”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="273" />
            <source>Skriv hva som skal gjøres.</source>
            <translation>Write what is to be done.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="274" />
            <source>Oppgaven</source>
            <translation>The task</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="276" />
            <source>En oppgave kan ikke være gjort på en dato fram i tid.</source>
            <translation>A task cannot be done on a date in the future.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="281" />
            <source>Skriv hva laget ble enige om.</source>
            <translation>Write what the team agreed on.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="282" />
            <source>Vedtaket</source>
            <translation>The decision</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="287" />
            <location filename="../../lagmote/profile.py" line="64" />
            <location filename="../../lagmote/team.py" line="136" />
            <location filename="../../lagmote/team.py" line="181" />
            <source>Ukjent rolle: «{role}».</source>
            <translation>Unknown role: “{role}”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="289" />
            <source>Skriv navnet på den som var med.</source>
            <translation>Write the name of the person who took part.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="290" />
            <location filename="../../lagmote/team.py" line="134" />
            <location filename="../../lagmote/team.py" line="182" />
            <source>Navnet</source>
            <translation>The name</translation>
        </message>
        <message>
            <location filename="../../lagmote/minutes.py" line="139" />
            <source>Ungdommen har ingen lagmøter ennå; det finnes ikke noe referat.</source>
            <translation>The young person has no team meetings yet; there are no minutes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/minutes.py" line="143" />
            <source>Ungdommen har bare ett lagmøte; velg 1.</source>
            <translation>The young person has only one team meeting; choose 1.</translation>
        </message>
        <message>
            <location filename="../../lagmote/minutes.py" line="144" />
            <source>Ungdommen har bare {count} lagmøter; velg et tall fra 1 til {count}.</source>
            <translation>The young person has only {count} team meetings; choose a number from 1 to {count}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/minutes.py" line="147" />
            <source>Lagmøte {number} er ikke holdt ennå; det finnes ikke noe referat.</source>
            <translation>Team meeting {number} has not been held yet; there are no minutes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="172" />
            <source>Planen har ingen del som heter «{key}».</source>
            <translation>The plan has no part called “{key}”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="178" />
            <source>Målet må ha en tekst: skriv det med ungdommens egne ord.</source>
            <translation>The goal must have a text: write it in the young person's own words.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="179" />
            <source>Målet</source>
            <translation>The goal</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="188" />
            <source>En vurdering på målstigen må være fra −2 til +2.</source>
            <translation>A rating on the goal ladder must be from −2 to +2.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="193" />
            <source>Tiltaket må ha en tekst som sier hva som skal gjøres.</source>
            <translation>The measure must have a text saying what is to be done.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="194" />
            <source>Tiltaket</source>
            <translation>The measure</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="196" />
            <source>Ukjent status for tiltaket: «{status}».</source>
            <translation>Unknown status for the measure: “{status}”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="198" />
            <source>Bare et fullført tiltak kan ha en dato for når det ble gjort.</source>
            <translation>Only a completed measure can have a date for when it was done.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="204" />
            <source>Dagen må være en ukedag fra mandag til søndag.</source>
            <translation>The day must be a day of the week from Monday to Sunday.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="206" />
            <source>Ukjent type aktivitet: «{kind}».</source>
            <translation>Unknown kind of activity: “{kind}”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="208" />
            <source>En aktivitet må ligge innenfor ett døgn (00:00–24:00).</source>
            <translation>An activity must lie within one day (00:00–24:00).</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="210" />
            <source>En aktivitet må slutte etter at den begynner.</source>
            <translation>An activity must end after it begins.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="211" />
            <source>Navnet på aktiviteten</source>
            <translation>The name of the activity</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="212" />
            <source>Stedet</source>
            <translation>The place</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="218" />
            <source>{what} har for mange tegn ({count}); høyst {most} går an.</source>
            <translation>{what} has too many characters ({count}); at most {most} are allowed.</translation>
        </message>
        <message>
            <location filename="../../lagmote/preferences.py" line="34" />
            <source>Som systemet</source>
            <translation>Same as the system</translation>
        </message>
        <message>
            <location filename="../../lagmote/preferences.py" line="34" />
            <source>Bokmål</source>
            <translation>Bokmål</translation>
        </message>
        <message>
            <location filename="../../lagmote/preferences.py" line="34" />
            <source>Nynorsk</source>
            <translation>Nynorsk</translation>
        </message>
        <message>
            <location filename="../../lagmote/preferences.py" line="34" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../lagmote/preferences.py" line="50" />
            <source>Ukjent språk: «{language}».</source>
            <translation>Unknown language: “{language}”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/preferences.py" line="52" />
            <source>Datamappen er ikke en gyldig mappe eller adresse.</source>
            <translation>The data folder is not a valid folder or address.</translation>
        </message>
        <message>
            <location filename="../../lagmote/preferences.py" line="53" />
            <source>Databasen er ikke en gyldig mappe eller adresse.</source>
            <translation>The database is not a valid folder or address.</translation>
        </message>
        <message>
            <location filename="../../lagmote/private_file.py" line="38" />
            <source>Filen {path} kan ikke skrives.</source>
            <translation>The file {path} cannot be written.</translation>
        </message>
        <message>
            <location filename="../../lagmote/profile.py" line="60" />
            <source>Skriv navnet ditt.</source>
            <translation>Type your name.</translation>
        </message>
        <message>
            <location filename="../../lagmote/profile.py" line="66" />
            <source>Navnet har for mange tegn; høyst {most} går an.</source>
            <translation>The name has too many characters; at most {most} are allowed.</translation>
        </message>
        <message>
            <location filename="../../lagmote/profile.py" line="67" />
            <source>Virksomheten har for mange tegn; høyst {most} går an.</source>
            <translation>The organisation field has too many characters; at most {most} are allowed.</translation>
        </message>
        <message>
            <location filename="../../lagmote/report_records.py" line="27" />
            <source>Periodens første dag ({first}) er etter den siste ({last}).</source>
            <translation>The period's first day ({first}) is after its last ({last}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/report_records.py" line="47" />
            <source>«{text}» er ikke en dato; skriv den som 2026-12-31.</source>
            <translation>“{text}” is not a date; write it as 2026-12-31.</translation>
        </message>
        <message>
            <location filename="../../lagmote/service_notes.py" line="42" />
            <source>Bare politiet, barnevernet og helsetjenesten har egne notater.</source>
            <translation>Only the police, child welfare and the health service have notes of their own.</translation>
        </message>
        <message>
            <location filename="../../lagmote/service_notes.py" line="45" />
            <source>Notatet er tomt.</source>
            <translation>The note is empty.</translation>
        </message>
        <message>
            <location filename="../../lagmote/service_notes.py" line="46" />
            <source>Notatet</source>
            <translation>The note</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="115" />
            <source>Skole og utdanning</source>
            <translation>School and education</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="116" />
            <location filename="../../lagmote/standard.py" line="309" />
            <location filename="../../lagmote/standard.py" line="454" />
            <location filename="../../lagmote/standard.py" line="572" />
            <location filename="../../lagmote/standard.py" line="1087" />
            <location filename="../../lagmote/week.py" line="39" />
            <source>Skole</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="117" />
            <source>Hvordan det går på skolen eller i utdanningen, og om ungdommen er der.</source>
            <translation>How things are going at school or in education, and whether the young person attends.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="123" />
            <source>Familie og omsorgssituasjon</source>
            <translation>Family and care situation</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="124" />
            <location filename="../../lagmote/standard.py" line="1078" />
            <location filename="../../lagmote/week.py" line="43" />
            <source>Familie</source>
            <translation>Family</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="125" />
            <source>Hvem ungdommen bor med, og hvordan hjemmet og omsorgen fungerer.</source>
            <translation>Who the young person lives with, and how the home and the care work.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="131" />
            <source>Venner og fritid</source>
            <translation>Friends and leisure</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="132" />
            <source>Venner/fritid</source>
            <translation>Peers/leisure</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="133" />
            <source>Hvem ungdommen er sammen med, og hva ungdommen gjør når skolen er slutt.</source>
            <translation>Who the young person spends time with, and what they do when school is over.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="139" />
            <source>Psykisk og fysisk helse</source>
            <translation>Mental and physical health</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="140" />
            <source>Helse</source>
            <translation>Health</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="141" />
            <source>Hvordan ungdommen har det med kroppen og med tankene og følelsene sine.</source>
            <translation>How the young person is doing in body, thoughts and feelings.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="147" />
            <source>Tidligere og nåværende atferd</source>
            <translation>Past and present behaviour</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="148" />
            <source>Atferd</source>
            <translation>Behaviour</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="149" />
            <source>Hvordan ungdommen har oppført seg før, og hvordan ungdommen oppfører seg nå.</source>
            <translation>How the young person has behaved before, and how they behave now.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="155" />
            <source>Motivasjon og endringsvilje</source>
            <translation>Motivation and willingness to change</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="156" />
            <location filename="../../lagmote/standard.py" line="849" />
            <source>Motivasjon</source>
            <translation>Motivation</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="157" />
            <source>Hva ungdommen selv vil endre, og hva som gir lyst og krefter til å prøve.</source>
            <translation>What the young person wants to change, and what gives them the wish and the strength to try.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="163" />
            <source>Kriminalitetshistorikk</source>
            <translation>Criminal history</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="164" />
            <source>Kriminalitet</source>
            <translation>Crime</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="165" />
            <source>Hvilken kriminalitet ungdommen har vært med på, og om det skjer fortsatt.</source>
            <translation>What crime the young person has taken part in, and whether it still happens.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="171" />
            <source>Ungdommens nettverk</source>
            <translation>The young person's network</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="172" />
            <source>Nettverk</source>
            <translation>Network</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="173" />
            <source>Hvilke voksne, venner og miljøer ungdommen har rundt seg, både gode og dårlige.</source>
            <translation>Which adults, friends and circles the young person has around them, both good and bad.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="179" />
            <location filename="../../lagmote/standard.py" line="180" />
            <source>Interesser</source>
            <translation>Interests</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="181" />
            <source>Hva ungdommen liker å gjøre, og hva ungdommen gjerne vil prøve.</source>
            <translation>What the young person likes doing, and what they would like to try.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="187" />
            <source>Ungdommens beskyttelses- og risikofaktorer</source>
            <translation>The young person's protective and risk factors</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="188" />
            <source>Vern og risiko</source>
            <translation>Protect/risk</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="189" />
            <source>Hva som beskytter ungdommen, og hva som kan dra ungdommen i feil retning.</source>
            <translation>What protects the young person, and what may pull them in the wrong direction.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="195" />
            <source>Familiens styrker og behov</source>
            <translation>The family's strengths and needs</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="196" />
            <source>Familiestyrker</source>
            <translation>Family assets</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="197" />
            <source>Hva familien får til, og hva familien trenger hjelp til.</source>
            <translation>What the family manages, and what the family needs help with.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="203" />
            <location filename="../../lagmote/standard.py" line="204" />
            <source>Sikkerhet</source>
            <translation>Safety</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="205" />
            <source>Om ungdommen, familien eller andre er i fare, og hva som gjør dem trygge.</source>
            <translation>Whether the young person, the family or others are in danger, and what keeps them safe.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="257" />
            <source>Stor bekymring</source>
            <translation>Great concern</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="257" />
            <source>Dette er et alvorlig problem som trenger hjelp nå.</source>
            <translation>This is a serious problem that needs help now.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="258" />
            <source>Bekymring</source>
            <translation>Concern</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="258" />
            <source>Dette er et tydelig problem som må følges opp.</source>
            <translation>This is a clear problem that must be followed up.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="260" />
            <source>Litt bekymring</source>
            <translation>Some concern</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="260" />
            <source>Noe går bra, men noe er vanskelig og må følges med på.</source>
            <translation>Some things go well, but some are difficult and must be watched.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="262" />
            <source>Greit</source>
            <translation>All right</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="262" />
            <source>Dette går stort sett bra.</source>
            <translation>This is mostly going well.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="263" />
            <source>Bra – en styrke</source>
            <translation>Good – a strength</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="263" />
            <source>Dette går bra og er noe å bygge videre på.</source>
            <translation>This is going well and is something to build on.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="268" />
            <source>Ungdommens vurdering</source>
            <translation>The young person's rating</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="269" />
            <source>Lagets vurdering</source>
            <translation>The team's rating</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="306" />
            <location filename="../../lagmote/standard.py" line="318" />
            <location filename="../../lagmote/standard.py" line="1008" />
            <source>Ungdommen</source>
            <translation>The young person</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="307" />
            <source>Familien</source>
            <translation>The family</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="308" />
            <location filename="../../lagmote/standard.py" line="571" />
            <source>Bydel</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="310" />
            <location filename="../../lagmote/standard.py" line="573" />
            <location filename="../../lagmote/standard.py" line="1088" />
            <source>Politi</source>
            <translation>Police</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="311" />
            <source>Andre</source>
            <translation>Others</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="321" />
            <source>Være med og bestemme hva oppfølgingen skal inneholde.</source>
            <translation>Take part in deciding what the follow-up is to contain.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="322" />
            <source>Lage «Min plan» med egne mål og ønsker sammen med oppfølgeren.</source>
            <translation>Make “My plan” with their own goals and wishes together with the support worker.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="323" />
            <source>Forberede lagmøtene sammen med oppfølgeren.</source>
            <translation>Prepare the team meetings together with the support worker.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="324" />
            <source>Delta i lagmøtene sammen med oppfølgeren.</source>
            <translation>Take part in the team meetings together with the support worker.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="325" />
            <source>Si fra om hva som virker, og hva som bør endres.</source>
            <translation>Say what works and what should change.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="326" />
            <location filename="../../lagmote/standard.py" line="340" />
            <source>Gi tilbakemelding når oppfølgingen evalueres.</source>
            <translation>Give feedback when the follow-up is evaluated.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="332" />
            <location filename="../../lagmote/standard.py" line="1009" />
            <source>Foresatte</source>
            <translation>Parents/carers</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="335" />
            <source>Ha ansvaret for ungdommens oppvekst og daglige omsorg.</source>
            <translation>Be responsible for the young person's upbringing and daily care.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="336" />
            <source>Svare innen 1–2 dager etter oppstartsmøtet om familien vil være med.</source>
            <translation>Answer within 1–2 days after the start-up meeting whether the family wants to take part.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="337" />
            <source>Ta stilling til samtykke til samarbeid og deling av informasjon.</source>
            <translation>Decide on consent to cooperation and sharing of information.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="338" />
            <source>Være med og lage «Min plan» sammen med ungdommen.</source>
            <translation>Help make “My plan” together with the young person.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="339" />
            <source>Delta aktivt i oppfølgingen og i lagmøtene.</source>
            <translation>Take an active part in the follow-up and in the team meetings.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="346" />
            <location filename="../../lagmote/standard.py" line="1010" />
            <source>Fagansvarlig</source>
            <translation>Professional lead</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="349" />
            <source>Ha det faglige ansvaret for oppfølgingen.</source>
            <translation>Have the professional responsibility for the follow-up.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="350" />
            <source>Koordinere oppfølgingen ved å kalle inn til og lede møter.</source>
            <translation>Coordinate the follow-up by calling and chairing meetings.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="351" />
            <source>Lede inntaksmøtene.</source>
            <translation>Chair the intake meetings.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="352" />
            <source>Sørge for at oppstartsmøtet blir holdt.</source>
            <translation>Make sure the start-up meeting is held.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="353" />
            <source>Gjennomføre kartleggingen sammen med oppfølgeren.</source>
            <translation>Carry out the assessment together with the support worker.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="354" />
            <source>Ha ansvaret for at oppfølgingen blir satt i gang.</source>
            <translation>Be responsible for getting the follow-up started.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="355" />
            <source>Gjøre «Min plan» ferdig sammen med oppfølgeren.</source>
            <translation>Finish “My plan” together with the support worker.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="356" />
            <source>Kalle inn til lagmøter sammen med oppfølgeren.</source>
            <translation>Call team meetings together with the support worker.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="357" />
            <source>Foreslå tilbud og tiltak i regi av bydelen.</source>
            <translation>Suggest services and measures run by the district.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="358" />
            <source>Sørge for at oppfølgeren får veiledning.</source>
            <translation>Make sure the support worker gets supervision.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="359" />
            <source>Sikre at rutiner for informasjonsdeling, meldeplikt og avvergingsplikt følges.</source>
            <translation>Ensure that the routines for information sharing, the duty to report and the duty to avert are followed.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="360" />
            <source>Sørge for at oppfølgingen blir evaluert jevnlig.</source>
            <translation>Make sure the follow-up is evaluated regularly.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="361" />
            <source>Rapportere om oppfølgingen.</source>
            <translation>Report on the follow-up.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="367" />
            <location filename="../../lagmote/standard.py" line="1011" />
            <source>Én-til-én-oppfølger</source>
            <translation>One-to-one support worker</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="370" />
            <source>Jobbe tett med ungdommen gjennom hele oppfølgingen.</source>
            <translation>Work closely with the young person throughout the follow-up.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="371" />
            <source>Ha hovedansvaret for å bygge relasjon, støtte endring og følge opp ungdommen i hverdagen.</source>
            <translation>Have the main responsibility for building a relationship, supporting change and following up the young person in everyday life.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="375" />
            <source>Møte ungdommen daglig, som hovedregel.</source>
            <translation>Meet the young person daily, as a rule.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="376" />
            <source>Kartlegge ungdommens behov og interesser.</source>
            <translation>Assess the young person's needs and interests.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="377" />
            <source>Lage «Min plan» sammen med ungdommen og gjøre den ferdig med fagansvarlig.</source>
            <translation>Make “My plan” together with the young person and finish it with the professional lead.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="378" />
            <source>Forberede ungdommen før lagmøtene.</source>
            <translation>Prepare the young person before the team meetings.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="379" />
            <source>Kalle inn til lagmøter sammen med fagansvarlig.</source>
            <translation>Call team meetings together with the professional lead.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="380" />
            <source>Delta i lagmøtene.</source>
            <translation>Take part in the team meetings.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="381" />
            <source>Hente inn relevant informasjon før lagmøtene og sikre god informasjonsutveksling i møtet.</source>
            <translation>Gather relevant information before the team meetings and ensure good exchange of information in the meeting.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="385" />
            <location filename="../../lagmote/standard.py" line="398" />
            <location filename="../../lagmote/standard.py" line="413" />
            <location filename="../../lagmote/standard.py" line="445" />
            <source>Foreslå tiltak og tilbud i regi av bydelen.</source>
            <translation>Suggest measures and services run by the district.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="386" />
            <source>Delta på veiledning og fagsamlinger i regi av Velferdsetaten.</source>
            <translation>Take part in supervision and professional gatherings run by the Welfare Agency (Velferdsetaten).</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="392" />
            <location filename="../../lagmote/standard.py" line="1086" />
            <source>Barneverntjenesten</source>
            <translation>Child welfare services</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="395" />
            <location filename="../../lagmote/standard.py" line="412" />
            <source>Foreslå ungdommer som kan vurderes for én-til-én-oppfølging.</source>
            <translation>Suggest young people who may be considered for one-to-one follow-up.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="396" />
            <location filename="../../lagmote/standard.py" line="459" />
            <source>Delta fast i inntaksmøtene.</source>
            <translation>Take part in the intake meetings as a regular member.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="397" />
            <source>Ta imot bekymringsmeldinger og ha en aktiv rolle i samarbeidet.</source>
            <translation>Receive reports of concern and play an active part in the cooperation.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="399" />
            <source>Dele informasjon om ungdommens utvikling, omsorgs- og oppvekstsituasjon.</source>
            <translation>Share information about the young person's development, care and upbringing.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="400" />
            <source>Hente inn relevant informasjon før møter og ta den med inn i møtet.</source>
            <translation>Gather relevant information before meetings and bring it to the meeting.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="401" />
            <location filename="../../lagmote/standard.py" line="419" />
            <source>Samarbeide med fagansvarlig og én-til-én-oppfølger.</source>
            <translation>Cooperate with the professional lead and the one-to-one support worker.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="402" />
            <source>Koordinere oppfølgingen når det er hensiktsmessig.</source>
            <translation>Coordinate the follow-up when appropriate.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="403" />
            <location filename="../../lagmote/standard.py" line="448" />
            <source>Bidra med familieveileder når det er aktuelt.</source>
            <translation>Provide a family counsellor when relevant.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="409" />
            <source>Utekontakten</source>
            <translation>Outreach service</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="414" />
            <source>Dele kunnskap om ungdommens utvikling, omsorgs- og oppvekstsituasjon og om ungdomsmiljøet.</source>
            <translation>Share knowledge about the young person's development, care and upbringing, and about the youth scene.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="418" />
            <source>Delta i oppfølgingen når det er ønskelig og hensiktsmessig.</source>
            <translation>Take part in the follow-up when wanted and appropriate.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="425" />
            <source>SaLTo-koordinator</source>
            <translation>SaLTo coordinator</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="428" />
            <source>Være bydelens innslagspunkt i det rus- og kriminalitetsforebyggende arbeidet.</source>
            <translation>Be the district's point of entry for work to prevent substance abuse and crime.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="429" />
            <source>Sikre at oppfølgingen er i tråd med føringer fra politirådet.</source>
            <translation>Ensure that the follow-up is in line with guidance from the police council.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="430" />
            <source>Hjelpe oppfølgeren med faglige vurderinger og oversikt over aktuelle tiltak.</source>
            <translation>Help the support worker with professional judgements and an overview of relevant measures.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="431" />
            <source>Sørge for maler og informasjonsmateriell til ungdom og samarbeidspartnere.</source>
            <translation>Provide templates and information material for young people and partners.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="432" />
            <source>Være fagansvarlig i bydeler med få ungdommer i målgruppen.</source>
            <translation>Be the professional lead in districts with few young people in the target group.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="438" />
            <source>Forebyggende helsetjenester</source>
            <translation>Preventive health services</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="441" />
            <source>Delta i oppfølgingen når ungdommen har behov for det.</source>
            <translation>Take part in the follow-up when the young person needs it.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="442" />
            <source>Bidra med helseperspektivet når det vurderes om oppfølgingen passer for ungdommen.</source>
            <translation>Contribute the health perspective when judging whether the follow-up suits the young person.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="446" />
            <source>Være et hurtigspor til psykisk helsehjelp ved behov.</source>
            <translation>Be a fast track to mental health care when needed.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="447" />
            <source>Henvise ungdommen til spesialisthelsetjenesten når det er nødvendig.</source>
            <translation>Refer the young person to specialist health services when necessary.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="457" />
            <source>Kjenne til én-til-én-oppfølgingen i bydelen.</source>
            <translation>Know about the one-to-one follow-up in the district.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="458" />
            <source>Foreslå ungdommer som kan vurderes for oppfølgingen.</source>
            <translation>Suggest young people who may be considered for the follow-up.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="460" />
            <source>Delta i samarbeidsmøter og lagmøter når det er aktuelt.</source>
            <translation>Take part in cooperation meetings and team meetings when relevant.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="461" />
            <source>Gi tilpasset opplæring som styrker tilhørighet, mestring og motivasjon.</source>
            <translation>Give adapted teaching that strengthens belonging, mastery and motivation.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="462" />
            <source>Bidra til å finne andre skole- eller opplæringstilbud til ungdommen.</source>
            <translation>Help find other school or training options for the young person.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="463" />
            <source>Hente inn kunnskap fra fagteamene i Utdanningsetaten ved behov.</source>
            <translation>Draw on knowledge from the specialist teams of the Education Agency (Utdanningsetaten) when needed.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="469" />
            <source>Politi (nærpolitiet)</source>
            <translation>Police (local police)</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="472" />
            <source>Delta fast i inntaksmøter, samarbeidsmøter og lagmøter.</source>
            <translation>Take part in intake meetings, cooperation meetings and team meetings as a regular member.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="473" />
            <source>Ha tett dialog og samarbeid med fagansvarlig og oppfølger.</source>
            <translation>Keep in close dialogue and cooperation with the professional lead and the support worker.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="474" />
            <source>Foreslå ungdommer som kan vurderes for oppfølgingen, og være med i utvelgelsen.</source>
            <translation>Suggest young people who may be considered for the follow-up, and take part in the selection.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="475" />
            <source>Ha oversikt over deltakerne og oppdatere informasjon om ungdommens utvikling og behov.</source>
            <translation>Keep an overview of the participants and update information about the young person's development and needs.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="479" />
            <source>Informere om nye forhold, registreringer og påtreff, og om kriminalitetsutviklingen.</source>
            <translation>Inform about new matters, records and encounters, and about crime trends.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="483" />
            <source>Bistå i nødvendige kartlegginger og jevnlig gi relevant informasjon.</source>
            <translation>Assist with necessary assessments and regularly give relevant information.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="484" />
            <source>Være i aktiv dialog med ungdommen.</source>
            <translation>Be in active dialogue with the young person.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="490" />
            <source>NAV</source>
            <translation>NAV</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="493" />
            <source>Hjelpe ungdommen med å skaffe jobb eller annen meningsfull aktivitet.</source>
            <translation>Help the young person find a job or other meaningful activity.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="494" />
            <source>Veilede familien om tjenester og økonomi ved behov.</source>
            <translation>Advise the family on services and finances when needed.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="495" />
            <source>Se egne tiltak i sammenheng med én-til-én-oppfølgingen.</source>
            <translation>See its own measures together with the one-to-one follow-up.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="501" />
            <source>Konfliktrådet</source>
            <translation>Mediation service (Konfliktrådet)</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="504" />
            <source>Samordne straffereaksjonen med tiltakene i én-til-én-oppfølgingen.</source>
            <translation>Coordinate the criminal sanction with the measures of the one-to-one follow-up.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="505" />
            <location filename="../../lagmote/standard.py" line="516" />
            <source>Gjøre det tydelig for ungdommen og familien hvem som har ansvar for hva.</source>
            <translation>Make it clear to the young person and the family who is responsible for what.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="506" />
            <location filename="../../lagmote/standard.py" line="517" />
            <source>Ta med kommunens frivillige tiltak i ungdomsplanen når det passer.</source>
            <translation>Include the municipality's voluntary measures in the youth plan when suitable.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="512" />
            <source>Kriminalomsorgen</source>
            <translation>Correctional service</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="515" />
            <source>Samordne straffegjennomføringen med tiltakene i én-til-én-oppfølgingen.</source>
            <translation>Coordinate the serving of the sentence with the measures of the one-to-one follow-up.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="523" />
            <source>Familieveileder</source>
            <translation>Family counsellor</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="526" />
            <source>Styrke foresatte i foreldrerollen.</source>
            <translation>Strengthen the parents/carers in their role as parents.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="527" />
            <source>Kartlegge familiens ressurser og utfordringer.</source>
            <translation>Assess the family's resources and challenges.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="528" />
            <source>Veilede foresatte i tydelig kommunikasjon, grensesetting og konflikthåndtering.</source>
            <translation>Guide the parents/carers in clear communication, setting limits and handling conflict.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="529" />
            <source>Veilede om tjenester som NAV og helse, og om familiens økonomi.</source>
            <translation>Advise on services such as NAV and health, and on the family's finances.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="530" />
            <source>Finne støtte til fritidsaktiviteter for søsken.</source>
            <translation>Find support for leisure activities for siblings.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="536" />
            <source>Fritid</source>
            <translation>Leisure</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="539" />
            <source>Gi ungdommen minst én meningsfull aktivitet.</source>
            <translation>Give the young person at least one meaningful activity.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="540" />
            <source>Være en trygg voksen for ungdommen i nærmiljøet.</source>
            <translation>Be a safe adult for the young person in the local community.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="541" />
            <source>Vise laget hvilke gode aktiviteter og muligheter som finnes i nærmiljøet.</source>
            <translation>Show the team what good activities and opportunities there are in the local community.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="547" />
            <source>Annen samarbeidspartner</source>
            <translation>Other partner</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="614" />
            <source>Henvisning</source>
            <translation>Referral</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="616" />
            <source>Ungdommen blir meldt inn på et henvisningsskjema, oftest fra barnevernet, skolen, politiet eller andre tjenester i bydelen.</source>
            <translation>The young person is referred on a referral form, most often by child welfare, the school, the police or other services in the district.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="623" />
            <source>Inntaksmøte</source>
            <translation>Intake meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="625" />
            <source>Fagansvarlig, barnevernet, politiet og skolen vurderer om oppfølgingen passer for ungdommen. Møtet holdes minst hver 4. uke.</source>
            <translation>The professional lead, child welfare, the police and the school judge whether the follow-up suits the young person. The meeting is held at least every 4 weeks.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="632" />
            <source>Oppstartsmøte</source>
            <translation>Start-up meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="634" />
            <source>Ungdommen og foresatte får vite hva oppfølgingen er. Samtykke hentes inn først, og de svarer innen 1–2 dager om de vil være med.</source>
            <translation>The young person and the parents/carers learn what the follow-up is. Consent is collected first, and they answer within 1–2 days whether they want to take part.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="641" />
            <source>Kartlegging</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="643" />
            <source>Bydelen går gjennom tolv viktige områder i ungdommens liv for å finne ressurser, risiko og det som motiverer.</source>
            <translation>The district goes through twelve important areas of the young person's life to find resources, risks and what motivates.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="650" />
            <source>Iverksetting</source>
            <translation>Implementation</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="652" />
            <source>Oppfølgingen settes i gang 1–2 dager etter inntaksmøtet.</source>
            <translation>The follow-up starts 1–2 days after the intake meeting.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="656" />
            <source>Første lagmøte</source>
            <translation>First team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="658" />
            <source>Laget møtes for første gang, avklarer roller og forventninger og gjør «Min plan» ferdig sammen med ungdommen.</source>
            <translation>The team meets for the first time, clarifies roles and expectations, and finishes “My plan” together with the young person.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="665" />
            <source>Lagmøte</source>
            <translation>Team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="667" />
            <source>Laget rundt ungdommen følger opp «Min plan» og fordeler ansvar. Det skal være lagmøte minst hver sjette uke.</source>
            <translation>The team around the young person follows up “My plan” and shares out responsibility. There is to be a team meeting at least every sixth week.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="674" />
            <source>Jevnlig evaluering</source>
            <translation>Regular evaluation</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="676" />
            <source>Laget vurderer om oppfølgingen virker og anbefaler om den skal avsluttes eller videreføres.</source>
            <translation>The team judges whether the follow-up works and recommends whether it should end or continue.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="683" />
            <source>Avslutning</source>
            <translation>Ending</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="685" />
            <source>Oppfølgingen avsluttes. Vær ekstra nøye med overganger, som ny skole, når ungdommen fyller 18 eller 19 år, og når andre tiltak tar over.</source>
            <translation>The follow-up ends. Take extra care with transitions, such as a new school, when the young person turns 18 or 19, and when other measures take over.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="740" />
            <source>Inntaksmøter holdes minst hver 4. uke, så en henvisning skal vurderes innen fire uker.</source>
            <translation>Intake meetings are held at least every 4 weeks, so a referral is to be considered within four weeks.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="749" />
            <source>Oppstartsmøtet skal holdes senest én uke etter inntaksmøtet.</source>
            <translation>The start-up meeting is to be held at the latest one week after the intake meeting.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="756" />
            <source>Oppfølgingen skal settes i gang 1–2 dager etter inntaksmøtet.</source>
            <translation>The follow-up is to start 1–2 days after the intake meeting.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="763" />
            <source>Første lagmøte skal holdes senest én uke etter oppstartsmøtet.</source>
            <translation>The first team meeting is to be held at the latest one week after the start-up meeting.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="770" />
            <source>Det skal være lagmøte minst hver sjette uke.</source>
            <translation>There is to be a team meeting at least every sixth week.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="777" />
            <source>Oppfølgingen skal evalueres jevnlig. Her er fristen satt til et halvår, men laget kan endre den.</source>
            <translation>The follow-up is to be evaluated regularly. Here the deadline is set to six months, but the team can change it.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="789" />
            <source>Når det haster, skal inntaksmøtet holdes innen én uke etter henvisningen.</source>
            <translation>When it is urgent, the intake meeting is to be held within one week of the referral.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="837" />
            <source>Om meg og mine mål</source>
            <translation>About me and my goals</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="838" />
            <source>Planen for fremtiden</source>
            <translation>The plan for the future</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="839" />
            <source>Oppfølgingen</source>
            <translation>The follow-up</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="840" />
            <location filename="../../lagmote/standard.py" line="883" />
            <source>Plan ved uønskede hendelser</source>
            <translation>Plan for unwanted incidents</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="845" />
            <source>Mine mål</source>
            <translation>My goals</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="845" />
            <source>Hva vil du oppnå?</source>
            <translation>What do you want to achieve?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="846" />
            <source>Ønsker</source>
            <translation>Wishes</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="846" />
            <source>Hva ønsker du deg?</source>
            <translation>What do you wish for?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="847" />
            <source>Styrker</source>
            <translation>Strengths</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="847" />
            <source>Hva er du god til?</source>
            <translation>What are you good at?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="848" />
            <source>Utfordringer</source>
            <translation>Challenges</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="848" />
            <source>Hva er vanskelig for deg nå?</source>
            <translation>What is difficult for you now?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="849" />
            <source>Hva gjør at du vil endre noe?</source>
            <translation>What makes you want to change something?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="852" />
            <source>Tvil (ambivalens)</source>
            <translation>Doubt (ambivalence)</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="854" />
            <source>Hva gjør at du er i tvil, eller at det er vanskelig å endre noe?</source>
            <translation>What makes you unsure, or makes it hard to change something?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="858" />
            <source>Sikkerhet og trygghet</source>
            <translation>Safety and security</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="860" />
            <source>Hva skal til for at du er trygg?</source>
            <translation>What does it take for you to be safe?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="864" />
            <source>Hvor mye oppfølging</source>
            <translation>How much follow-up</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="866" />
            <source>Hvor ofte skal du og oppfølgeren møtes?</source>
            <translation>How often will you and the support worker meet?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="870" />
            <source>Hva oppfølgingen inneholder</source>
            <translation>What the follow-up contains</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="872" />
            <source>Hva skal dere gjøre sammen, og hvilke tiltak skal brukes?</source>
            <translation>What will you do together, and which measures will be used?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="876" />
            <source>Hverdagen og uka</source>
            <translation>Everyday life and the week</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="878" />
            <source>Hvordan ser en vanlig uke ut for deg?</source>
            <translation>What does an ordinary week look like for you?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="880" />
            <source>Hva jeg trenger</source>
            <translation>What I need</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="880" />
            <source>Hva trenger du hjelp til?</source>
            <translation>What do you need help with?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="895" />
            <source>Varseltegn</source>
            <translation>Warning signs</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="897" />
            <source>Hva er tegnene på at noe er i ferd med å gå galt?</source>
            <translation>What are the signs that something is about to go wrong?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="901" />
            <source>Dette gjør jeg</source>
            <translation>This is what I do</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="903" />
            <source>Hva gjør du når du merker tegnene?</source>
            <translation>What do you do when you notice the signs?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="907" />
            <source>Dette gjør de voksne</source>
            <translation>This is what the adults do</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="909" />
            <source>Hva gjør de voksne rundt deg da?</source>
            <translation>What do the adults around you do then?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="911" />
            <source>Hvem vi ringer</source>
            <translation>Who we call</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="911" />
            <source>Hvem kan du og de voksne ringe?</source>
            <translation>Who can you and the adults call?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="914" />
            <source>Hvis planen ikke virker</source>
            <translation>If the plan does not work</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="916" />
            <source>Hva gjør vi hvis planen ikke virker?</source>
            <translation>What do we do if the plan does not work?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="946" />
            <source>Ungdommens ord</source>
            <translation>The young person's words</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="947" />
            <source>Hvordan har du det, og hva er viktigst for deg nå?</source>
            <translation>How are you, and what matters most to you now?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="949" />
            <source>Siden sist</source>
            <translation>Since last time</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="949" />
            <source>Hva har skjedd siden forrige lagmøte?</source>
            <translation>What has happened since the previous team meeting?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="950" />
            <source>Målene</source>
            <translation>The goals</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="950" />
            <source>Hvordan går det med hvert mål i «Min plan»?</source>
            <translation>How is each goal in “My plan” going?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="953" />
            <source>Hva virker</source>
            <translation>What works</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="954" />
            <source>Hvilke tiltak virker, og trengs det nye eller andre tiltak?</source>
            <translation>Which measures work, and are new or different measures needed?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="958" />
            <source>Roller</source>
            <translation>Roles</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="959" />
            <source>Må noen roller endres fordi ungdommens situasjon eller behov har endret seg?</source>
            <translation>Do any roles need to change because the young person's situation or needs have changed?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="963" />
            <source>Hvem gjør hva</source>
            <translation>Who does what</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="964" />
            <source>Hvem gjør hva, og innen når?</source>
            <translation>Who does what, and by when?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="968" />
            <source>Hele familien</source>
            <translation>The whole family</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="969" />
            <source>Hvordan har familien det, og hva trenger de?</source>
            <translation>How is the family doing, and what do they need?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="973" />
            <source>Samordning</source>
            <translation>Coordination</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="974" />
            <source>Hvordan unngår vi dobbeltarbeid og overlapp mellom tjenestene?</source>
            <translation>How do we avoid duplicated work and overlap between the services?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="978" />
            <source>Neste møte</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="979" />
            <source>Når er neste lagmøte, og hvem kaller inn?</source>
            <translation>When is the next team meeting, and who calls it?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="991" />
            <source>Hvordan er ungdommens deltakelse i skolehverdagen, fritidsaktivitet og jobb?</source>
            <translation>How is the young person's participation in everyday school life, leisure activities and work?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="992" />
            <source>Er ungdommens livskvalitet endret under én-til-én-oppfølgingen? Hva er i tilfelle endret?</source>
            <translation>Has the young person's quality of life changed during the one-to-one follow-up? If so, what has changed?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="996" />
            <source>Er ungdommen mindre involvert i kriminalitet, kriminelle miljøer og nettverk?</source>
            <translation>Is the young person less involved in crime, criminal circles and networks?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="997" />
            <source>Har én-til-én-oppfølgingen gitt ungdommen andre handlingsalternativer enn tidligere, spesielt med fokus på å utsette andre for vold og trusler?</source>
            <translation>Has the one-to-one follow-up given the young person other options for action than before, especially regarding exposing others to violence and threats?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1001" />
            <source>Hvordan er foresatte involvert i oppfølgingen?</source>
            <translation>How are the parents/carers involved in the follow-up?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1012" />
            <source>Samarbeidspartnere</source>
            <translation>Partners</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1018" />
            <source>Bedre</source>
            <translation>Better</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1019" />
            <source>Uendret</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1020" />
            <source>Verre</source>
            <translation>Worse</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1026" />
            <source>Oppfølgingen avsluttes</source>
            <translation>The follow-up ends</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1027" />
            <source>Oppfølgingen videreføres</source>
            <translation>The follow-up continues</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1050" />
            <source>Mye dårligere enn ventet</source>
            <translation>Much worse than expected</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1051" />
            <source>Litt dårligere enn ventet</source>
            <translation>Somewhat worse than expected</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1052" />
            <source>Som ventet</source>
            <translation>As expected</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1053" />
            <source>Litt bedre enn ventet</source>
            <translation>Somewhat better than expected</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1054" />
            <source>Mye bedre enn ventet</source>
            <translation>Much better than expected</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1065" />
            <source>Planlagt</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1066" />
            <source>Pågår</source>
            <translation>Ongoing</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1068" />
            <source>Avbrutt</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1074" />
            <source>Skole/dagtilbud</source>
            <translation>School/day programme</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1075" />
            <location filename="../../lagmote/week.py" line="40" />
            <source>Aktivitet</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1076" />
            <source>Med oppfølgeren</source>
            <translation>With the support worker</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1077" />
            <location filename="../../lagmote/week.py" line="42" />
            <source>Jobb</source>
            <translation>Work</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1089" />
            <source>Andre tjenester i bydelen</source>
            <translation>Other services in the district</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1090" />
            <source>Annen offentlig samarbeidspartner</source>
            <translation>Other public partner</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1098" />
            <source>Skriftlig</source>
            <translation>Written</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1099" />
            <source>Muntlig</source>
            <translation>Oral</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="65" />
            <source>mottatt</source>
            <translation>received</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="66" />
            <location filename="../../lagmote/steps.py" line="67" />
            <location filename="../../lagmote/steps.py" line="69" />
            <location filename="../../lagmote/steps.py" line="70" />
            <source>holdt</source>
            <translation>held</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="68" />
            <source>startet</source>
            <translation>started</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="71" />
            <source>registrert</source>
            <translation>registered</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="114" />
            <source>neste {step}</source>
            <translation>next {step}</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="130" />
            <source>i dag</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="131" />
            <source>i morgen</source>
            <translation>tomorrow</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="131" />
            <source>om {days}</source>
            <translation>in {days}</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="135" />
            <source>gjort</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="141" />
            <source>{step} {done} {date}, innen fristen.</source>
            <translation>{step} {done} {date}, by the deadline.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="143" />
            <source>{step} {done} {date}.</source>
            <translation>{step} {done} {date}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="149" />
            <source>{step} {done} {date}, {late} over fristen.</source>
            <translation>{step} {done} {date}, {late} past the deadline.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="161" />
            <source>Frist for {step}: {due} ({when}).</source>
            <translation>Deadline for {step}: {due} ({when}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="163" />
            <source>Frist for {step}: {due} ({when}), men det er planlagt etter fristen, {planned}.</source>
            <translation>Deadline for {step}: {due} ({when}), but it is planned after the deadline, {planned}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="165" />
            <source>Frist for {step}: {due} ({when}), planlagt {planned}.</source>
            <translation>Deadline for {step}: {due} ({when}), planned {planned}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="178" />
            <source>{step} er {late} over fristen (frist {due}), planlagt {planned}.</source>
            <translation>{step} is {late} past the deadline (deadline {due}), planned {planned}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="180" />
            <source>{step} er {late} over fristen (frist {due}).</source>
            <translation>{step} is {late} past the deadline (deadline {due}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="191" />
            <source>{step} er planlagt {date}.</source>
            <translation>{step} is planned for {date}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="195" />
            <source>{step} venter på {other}.</source>
            <translation>{step} is waiting for {other}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="196" />
            <source>{step} er ikke registrert ennå.</source>
            <translation>{step} is not registered yet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="200" />
            <source>{step} trengs ikke lenger, fordi oppfølgingen er avsluttet.</source>
            <translation>{step} is no longer needed, because the follow-up has ended.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="76" />
            <source>Samtykke gitt</source>
            <translation>Consent given</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="77" />
            <source>Trengs ikke</source>
            <translation>Not needed</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="98" />
            <source>Trenger ikke samtykke</source>
            <translation>Needs no consent</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="104" />
            <source>Samtykke fra {names}</source>
            <translation>Consent from {names}</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="111" />
            <source>{names} trakk samtykket tilbake {date}</source>
            <translation>{names} withdrew the consent on {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="114" />
            <source>Mangler samtykke fra {names}</source>
            <translation>Consent missing from {names}</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="118" />
            <source>Samtykket ble trukket tilbake {date}</source>
            <translation>The consent was withdrawn on {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="119" />
            <source>Ingen samtykke til å dele informasjon</source>
            <translation>No consent to share information</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="133" />
            <source>Skriv hvem som gir samtykket.</source>
            <translation>Write who gives the consent.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="139" />
            <source>Samtykket kan bare gjelde roller i laget.</source>
            <translation>The consent can only apply to roles in the team.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="141" />
            <source>Velg hvem informasjonen kan deles med.</source>
            <translation>Choose who the information may be shared with.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="143" />
            <source>Samtykket må være skriftlig eller muntlig.</source>
            <translation>The consent must be written or oral.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="145" />
            <source>Et samtykke kan ikke trekkes tilbake før det ble gitt.</source>
            <translation>A consent cannot be withdrawn before it was given.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="146" />
            <source>Teksten om hvem det deles med</source>
            <translation>The text about whom it is shared with</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="183" />
            <source>Virksomheten</source>
            <translation>The organisation</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="185" />
            <source>E-postadressen</source>
            <translation>The e-mail address</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="187" />
            <source>E-postadressen ser ikke riktig ut; den må ha en @ og ingen mellomrom.</source>
            <translation>The e-mail address does not look right; it must have an @ and no spaces.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="188" />
            <source>Ansvaret</source>
            <translation>The responsibilities</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="31" />
            <source>Man</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="31" />
            <source>Tir</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="31" />
            <source>Ons</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="31" />
            <source>Tor</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="31" />
            <source>Fre</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="31" />
            <source>Lør</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="31" />
            <source>Søn</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="41" />
            <source>Oppfølger</source>
            <translation>Support worker</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="54" />
            <source>Ungdommen skal ha et skole- eller dagtilbud (§3.3).</source>
            <translation>The young person is to have a school or day programme (§3.3).</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="55" />
            <source>Minst én aktivitet skal være en del av oppfølgingen (§3.3).</source>
            <translation>At least one activity is to be part of the follow-up (§3.3).</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="56" />
            <source>Hovedregelen er daglig kontakt eller treff med oppfølgeren (§3.2).</source>
            <translation>The main rule is daily contact or meetings with the support worker (§3.2).</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="94" />
            <source>Fri tid uten avtaler {day} {span}</source>
            <translation>Free time with nothing planned on {day} {span}</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="158" />
            <source>Slutten ({end}) må være etter starten ({start}). Går aktiviteten over midnatt, del den i to: én til 24:00 og én fra 00:00 neste dag.</source>
            <translation>The end ({end}) must be after the start ({start}). If the activity goes past midnight, split it in two: one until 24:00 and one from 00:00 the next day.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="175" />
            <source>Ingen skole eller dagtilbud på hverdagene.</source>
            <translation>No school or day programme on weekdays.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="178" />
            <source>Skole eller dagtilbud alle hverdager.</source>
            <translation>School or day programme every weekday.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="180" />
            <source>Skole eller dagtilbud på {days}; ikke på {missing}.</source>
            <translation>School or day programme on {days}; not on {missing}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="187" />
            <source>Ingen aktivitet i uka.</source>
            <translation>No activity in the week.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="192" />
            <source>Aktivitet i uka: {titles} ({days}).</source>
            <translation>Activity in the week: {titles} ({days}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="196" />
            <source>Aktivitet i uka: {days}.</source>
            <translation>Activity in the week: {days}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="203" />
            <source>Kontakt med oppfølgeren hver hverdag.</source>
            <translation>Contact with the support worker every weekday.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="205" />
            <source>Ingen kontakt med oppfølgeren på hverdagene.</source>
            <translation>No contact with the support worker on weekdays.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="207" />
            <source>Ingen kontakt med oppfølgeren på {days}.</source>
            <translation>No contact with the support worker on {days}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="282" />
            <source>Fri tid uten avtaler {line}.</source>
            <translation>Free time with nothing planned on {line}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/wording.py" line="14" />
            <source>{first} og {last}</source>
            <translation>{first} and {last}</translation>
        </message>
    </context>
    <context>
        <name>DutiesView</name>
        <message>
            <location filename="../../lagmote/ui/team_duties.py" line="31" />
            <source>Hvem gjør hva</source>
            <translation>Who does what</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_duties.py" line="36" />
            <source>Tiltak og oppgaver</source>
            <translation>Measures and tasks</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_duties.py" line="40" />
            <source>Ingen tiltak eller oppgaver ennå.</source>
            <translation>No measures or tasks yet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_duties.py" line="71" />
            <source>⚠ {count} åpne tiltak eller oppgaver står på noen som har gått ut av laget ({names}). Gi dem til en annen i laget.</source>
            <translation>⚠ {count} open measures or tasks are assigned to someone who has left the team ({names}). Give them to someone else in the team.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_duties.py" line="109" />
            <source>Tiltak og oppgaver for {who}</source>
            <translation>Measures and tasks for {who}</translation>
        </message>
    </context>
    <context>
        <name>DutyItemModel</name>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="245" />
            <source>Hva</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="246" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="247" />
            <source>Frist</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="248" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="272" />
            <source>Tiltak under et mål som er skjult i møtet</source>
            <translation>Measure under a goal that is hidden in the meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="276" />
            <source>Tiltak</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="277" />
            <source>Oppgave</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="280" />
            <source>Ingen frist</source>
            <translation>No deadline</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="290" />
            <source>Gjort</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="292" />
            <source>Avbrutt</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="293" />
            <source>Åpen</source>
            <translation>Open</translation>
        </message>
    </context>
    <context>
        <name>DutyTableModel</name>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="192" />
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="193" />
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="194" />
            <source>Åpne</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="195" />
            <source>Gjort</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="196" />
            <source>For sent</source>
            <translation>Late</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="230" />
            <source>{symbol} {count} for sent</source>
            <translation>{symbol} {count} late</translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="81" />
            <source>00:00 som slutt betyr midnatt (24:00).</source>
            <translation>00:00 as the end means midnight (24:00).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="87" />
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="88" />
            <source>&amp;Hva</source>
            <translation>&amp;What</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="89" />
            <source>&amp;Sted</source>
            <translation>&amp;Place</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="90" />
            <source>&amp;Dag</source>
            <translation>&amp;Day</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="91" />
            <source>&amp;Fra</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="92" />
            <source>&amp;Til</source>
            <translation>&amp;To</translation>
        </message>
    </context>
    <context>
        <name>EvaluationPage</name>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="68" />
            <source>Frist for evaluering</source>
            <translation>Evaluation deadline</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="71" />
            <source> måneder</source>
            <translation> months</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="72" />
            <location filename="../../lagmote/ui/evaluation_page.py" line="97" />
            <source>Evaluering minst hver</source>
            <translation>Evaluation at least every</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="73" />
            <location filename="../../lagmote/ui/evaluation_page.py" line="198" />
            <source>Ny evaluering …</source>
            <translation>New evaluation …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="74" />
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="60" />
            <source>Slett utkastet</source>
            <translation>Delete the draft</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="75" />
            <source>Åpne som utkast</source>
            <translation>Open as draft</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="76" />
            <source>Lagre som PDF …</source>
            <translation>Save as PDF …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="77" />
            <source>Den siste fullførte evalueringen, til laget</source>
            <translation>The latest completed evaluation, for the team</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="82" />
            <source>Avslutt oppfølgingen …</source>
            <translation>End the follow-up …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="83" />
            <source>Gjenåpne oppfølgingen</source>
            <translation>Reopen the follow-up</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="84" />
            <source>Arkiver og slett saken …</source>
            <translation>Archive and delete the case …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="86" />
            <source>Skriver saken (JSON) og hele planen (PDF) i en mappe, og sletter den så</source>
            <translation>Writes the case (JSON) and the whole plan (PDF) to a folder, then deletes it</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="94" />
            <location filename="../../lagmote/ui/evaluation_page.py" line="264" />
            <source>Jevnlig evaluering</source>
            <translation>Regular evaluation</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="101" />
            <source>(gjelder alle ungdommer i databasen)</source>
            <translation>(applies to all young people in the database)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="117" />
            <source>Evalueringen</source>
            <translation>The evaluation</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="119" />
            <source>Avslutning</source>
            <translation>Ending</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="131" />
            <source>Evalueringer</source>
            <translation>Evaluations</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="156" />
            <source>Evalueringene kan ikke vises: {error}</source>
            <translation>The evaluations cannot be shown: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="198" />
            <source>Fortsett utkastet …</source>
            <translation>Continue the draft …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="224" />
            <source>Ingen evaluering ennå. Trykk «Ny evaluering».</source>
            <translation>No evaluation yet. Press “New evaluation”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="265" />
            <source>Evalueringen anbefaler å avslutte oppfølgingen. Gå videre til avslutningen nå?</source>
            <translation>The evaluation recommends ending the follow-up. Go on to the ending now?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="278" />
            <source>Oppfølgingen er avsluttet. Saken er flyttet til arkivet. Ctrl+Z angrer.</source>
            <translation>The follow-up has ended. The case has been moved to the archive. Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="61" />
            <source>Slette utkastet til evaluering fra {day}? Det som er skrevet i det, blir borte.</source>
            <translation>Delete the draft evaluation from {day}? What is written in it will be lost.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="81" />
            <source>åpnet evalueringen som utkast</source>
            <translation>opened the evaluation as a draft</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="94" />
            <source>Lagre evalueringen som PDF</source>
            <translation>Save the evaluation as PDF</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="94" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="114" />
            <source>Evalueringen er lagret som PDF.</source>
            <translation>The evaluation has been saved as PDF.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="125" />
            <source>endret evalueringsintervallet</source>
            <translation>changed the evaluation interval</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="133" />
            <source>Velg mappen til arkivet</source>
            <translation>Choose the archive folder</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="138" />
            <source>Arkiver og slett saken</source>
            <translation>Archive and delete the case</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="140" />
            <source>Saken skrives til mappen (hele saken som JSON og hele planen som PDF), og slettes så fra databasen. Det kan ikke angres. Fortsette?</source>
            <translation>The case is written to the folder (the whole case as JSON and the whole plan as PDF), and then deleted from the database. This cannot be undone. Continue?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="145" />
            <source>Arkiver og slett</source>
            <translation>Archive and delete</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="146" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="177" />
            <source>gjenåpnet oppfølgingen</source>
            <translation>reopened the follow-up</translation>
        </message>
    </context>
    <context>
        <name>EvaluationShown</name>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="54" />
            <source>{n} spørsmål</source>
            <translation>{n} questions</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="54" />
            <source>ingen</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="69" />
            <source>Evaluering</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="70" />
            <source>Perioden</source>
            <translation>The period</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="71" />
            <source>Tilbakemelding fra</source>
            <translation>Feedback from</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="75" />
            <source>Svarene vises ikke i møtemodus.</source>
            <translation>The answers are not shown in meeting mode.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="79" />
            <source>Anbefaling</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="81" />
            <source>Begrunnelse</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="83" />
            <source>Om uenigheten</source>
            <translation>About the disagreement</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="99" />
            <source>Uenighet</source>
            <translation>Disagreement</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="108" />
            <source>Oppfølgingen er avsluttet. Avslutningen er ikke registrert i programmet.</source>
            <translation>The follow-up has ended. The ending is not registered in the program.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="111" />
            <source>Den siste evalueringen anbefaler at oppfølgingen avsluttes. Gå gjennom avslutningen: grunn, overføring, overganger og oppsummering.</source>
            <translation>The latest evaluation recommends ending the follow-up. Go through the ending: reason, handover, transitions and summary.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="115" />
            <source>Oppfølgingen pågår.</source>
            <translation>The follow-up is ongoing.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="118" />
            <source>Oppfølgingen ble avsluttet {day}.</source>
            <translation>The follow-up ended {day}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="119" />
            <source>Grunn</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="123" />
            <source>Følges opp videre av</source>
            <translation>Followed up next by</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="126" />
            <source>Kontaktperson</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="129" />
            <source>Overganger</source>
            <translation>Transitions</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="130" />
            <source>Oppsummering</source>
            <translation>Summary</translation>
        </message>
    </context>
    <context>
        <name>EvaluationTableModel</name>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="32" />
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="33" />
            <source>Periode</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="34" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="35" />
            <source>Neste evaluering</source>
            <translation>Next evaluation</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="36" />
            <source>Uenighet</source>
            <translation>Disagreement</translation>
        </message>
    </context>
    <context>
        <name>EvaluationWizard</name>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="57" />
            <source>Grunnlag fra journalen</source>
            <translation>Basis from the records</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="59" />
            <source>Dette fyller programmet inn fra planen, kartleggingene og lagmøtene.</source>
            <translation>The program fills this in from the plan, the assessments and the team meetings.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="71" />
            <source>Etter {whose}</source>
            <translation>According to {whose}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="78" />
            <source>Målene</source>
            <translation>The goals</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="80" />
            <source>Kartlegging: første og siste</source>
            <translation>Assessment: first and last</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="93" />
            <source>Lagmøter holdt i tide</source>
            <translation>Team meetings held on time</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="95" />
            <source>Oppgaver fra lagmøtene</source>
            <translation>Tasks from the team meetings</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="116" />
            <source>Ingen mål i perioden.</source>
            <translation>No goals in the period.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="50" />
            <source>Steg {n} av {total}: {title}</source>
            <translation>Step {n} of {total}: {title}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="101" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="123" />
            <source>Periode og deltakere</source>
            <translation>Period and participants</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="125" />
            <source>Evalueringen bygger på tilbakemeldinger fra ungdommen, foresatte, fagansvarlig, én-til-én-oppfølger og samarbeidspartnere. Fagansvarlig har ansvar for at den blir gjort (§7.7).</source>
            <translation>The evaluation builds on feedback from the young person, parents or guardians, the professional lead, the one-to-one support worker and partners. The professional lead is responsible for it being done (§7.7).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="133" />
            <location filename="../../lagmote/ui/evaluation_pages.py" line="159" />
            <source>Dato for evalueringen</source>
            <translation>Date of the evaluation</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="134" />
            <source>Perioden fra</source>
            <translation>The period from</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="136" />
            <source>Perioden til</source>
            <translation>The period to</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="138" />
            <location filename="../../lagmote/ui/evaluation_pages.py" line="161" />
            <source>Hvem var med</source>
            <translation>Who took part</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="139" />
            <source>For eksempel: Emil, mor, oppfølgeren</source>
            <translation>For example: Emil, mother, the support worker</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="160" />
            <source>Perioden som evalueres</source>
            <translation>The period being evaluated</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="162" />
            <source>Tilbakemelding fra</source>
            <translation>Feedback from</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="203" />
            <source>Svar fra {who}</source>
            <translation>Answers from {who}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="206" />
            <source>Ikke vurdert</source>
            <translation>Not rated</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="208" />
            <source>Vurdering:</source>
            <translation>Rating:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="236" />
            <source>Spørsmål {n} av {total}</source>
            <translation>Question {n} of {total}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="246" />
            <location filename="../../lagmote/ui/evaluation_pages.py" line="330" />
            <source>Uenighet</source>
            <translation>Disagreement</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="282" />
            <source>Perspektivene vurderer dette ulikt. Det tas vare på slik, uten snitt.</source>
            <translation>The perspectives rate this differently. It is kept that way, without an average.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="297" />
            <source>Anbefaling</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="298" />
            <source>Skal oppfølgingen avsluttes eller videreføres? Skriv hvorfor.</source>
            <translation>Should the follow-up end or continue? Write why.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="307" />
            <location filename="../../lagmote/ui/evaluation_pages.py" line="327" />
            <source>Begrunnelse</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="311" />
            <location filename="../../lagmote/ui/evaluation_pages.py" line="328" />
            <source>Neste evaluering</source>
            <translation>Next evaluation</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="314" />
            <source>Hvordan laget vurderer uenigheten</source>
            <translation>How the team assesses the disagreement</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="344" />
            <source>Perspektivene er uenige om:</source>
            <translation>The perspectives disagree on:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="347" />
            <source>Perspektivene er enige, eller har ikke vurdert.</source>
            <translation>The perspectives agree, or have not rated.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="72" />
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="266" />
            <source>Jevnlig evaluering</source>
            <translation>Regular evaluation</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="110" />
            <source>Neste</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="111" />
            <source>Tilbake</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="112" />
            <source>Fullfør evalueringen</source>
            <translation>Complete the evaluation</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="113" />
            <source>Lukk (utkastet lagres)</source>
            <translation>Close (the draft is saved)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="238" />
            <source>fullførte evalueringen</source>
            <translation>completed the evaluation</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="267" />
            <source>Utkastet kunne ikke lagres: {why} Lukke likevel og miste det du skrev?</source>
            <translation>The draft could not be saved: {why} Close anyway and lose what you wrote?</translation>
        </message>
    </context>
    <context>
        <name>Failures</name>
        <message>
            <location filename="../../lagmote/ui/failures.py" line="22" />
            <source>Noe gikk galt ({kind}). Prøv igjen, eller start programmet på nytt.</source>
            <translation>Something went wrong ({kind}). Try again, or restart the program.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/failures.py" line="31" />
            <source>Lagmøte</source>
            <translation>Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/failures.py" line="41" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>GoalCard</name>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="89" />
            <source>Slett mål</source>
            <translation>Delete goal</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="92" />
            <source>Vis</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="113" />
            <source>Ikke valgt</source>
            <translation>Not chosen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="116" />
            <location filename="../../lagmote/ui/plan_goal_card.py" line="150" />
            <source>Område i kartleggingen</source>
            <translation>Area in the assessment</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="147" />
            <source>Målet, med ungdommens egne ord</source>
            <translation>The goal, in the young person's own words</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="148" />
            <source>Målet</source>
            <translation>The goal</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="151" />
            <location filename="../../lagmote/ui/plan_goal_card.py" line="152" />
            <source>Hvorfor er målet viktig?</source>
            <translation>Why does the goal matter?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="153" />
            <source>Målstigen: hvordan går det?</source>
            <translation>The goal ladder: how is it going?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="158" />
            <source>Tiltak for dette målet</source>
            <translation>Measures for this goal</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="174" />
            <source>Skriv hva hvert trinn på stigen betyr</source>
            <translation>Write what each step on the ladder means</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="220" />
            <source>Mål {number}</source>
            <translation>Goal {number}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="222" />
            <source>Vis mål {number}</source>
            <translation>Show goal {number}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="333" />
            <source>Ikke vurdert ennå. Velg et trinn på stigen.</source>
            <translation>Not rated yet. Choose a step on the ladder.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="335" />
            <source>i dag ({date})</source>
            <translation>today ({date})</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="336" />
            <source> på lagmøtet</source>
            <translation> at the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="337" />
            <source>Vurdert {when}{where}: {rating}.</source>
            <translation>Rated {when}{where}: {rating}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="341" />
            <source>Notat: {note}</source>
            <translation>Note: {note}</translation>
        </message>
    </context>
    <context>
        <name>GoalLadder</name>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="49" />
            <source>{label} – dette sikter vi mot</source>
            <translation>{label} – this is what we aim for</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="51" />
            <source>Ikke beskrevet ennå.</source>
            <translation>Not described yet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="63" />
            <source>Målstige</source>
            <translation>Goal ladder</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="64" />
            <source>Mål: {text}.</source>
            <translation>Goal: {text}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="66" />
            <source>Ikke vurdert ennå.</source>
            <translation>Not rated yet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="67" />
            <source>Nå: {rating}.</source>
            <translation>Now: {rating}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="69" />
            <source>Start: {value}.</source>
            <translation>Start: {value}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="80" />
            <source>Vurder i dag: trykk tallet ved trinnet (1–5) eller klikk. − og + flytter ett trinn.</source>
            <translation>Rate today: press the step's number (1–5) or click. − and + move one step.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="87" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="87" />
            <source>Nå</source>
            <translation>Now</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="94" />
            <source>{date} (lagmøte)</source>
            <translation>{date} (team meeting)</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="104" />
            <source>Tast {key} velger dette trinnet.</source>
            <translation>Key {key} chooses this step.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="114" />
            <source>Ikke vurdert ennå</source>
            <translation>Not rated yet</translation>
        </message>
    </context>
    <context>
        <name>GoalRow</name>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="57" />
            <source>Vis</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="77" />
            <source>Mål {number}</source>
            <translation>Goal {number}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="80" />
            <source>Mål {number}: {text}</source>
            <translation>Goal {number}: {text}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="83" />
            <source>Vis mål {number}</source>
            <translation>Show goal {number}</translation>
        </message>
    </context>
    <context>
        <name>GoalsStep</name>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="121" />
            <source>Flytt møtet til i dag</source>
            <translation>Move the meeting to today</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="123" />
            <source>«Min plan» har ingen mål ennå. Skriv dem inn på siden «Min plan».</source>
            <translation>“My plan” has no goals yet. Enter them on the “My plan” page.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="129" />
            <source>Notat</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="167" />
            <source>Vurderingene du gjør nå, lagres for i dag og knyttes til dette lagmøtet.</source>
            <translation>The ratings you make now are saved for today and linked to this team meeting.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="171" />
            <source>Dette lagmøtet ble holdt {date}. Stigene viser vurderingene slik de var da; nye vurderinger gjøres på lagmøtet som holdes i dag, eller i «Min plan».</source>
            <translation>This team meeting was held {date}. The ladders show the ratings as they were then; new ratings are made at the team meeting held today, or in “My plan”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="178" />
            <source>Lagmøtet er datert {date}. Vurderinger du gjør nå, lagres for i dag og knyttes ikke til dette møtet før det flyttes til i dag.</source>
            <translation>The team meeting is dated {date}. Ratings you make now are saved for today and are not linked to this meeting until it is moved to today.</translation>
        </message>
    </context>
    <context>
        <name>KartleggingActions</name>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="75" />
            <source>vurdering i kartleggingen</source>
            <translation>rating in the assessment</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="86" />
            <source>ny kartlegging</source>
            <translation>new assessment</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="92" />
            <source>sletting av kartlegging</source>
            <translation>deleting an assessment</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="109" />
            <source>endring av kartlegging</source>
            <translation>changing an assessment</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="119" />
            <source>sensitive områder</source>
            <translation>sensitive areas</translation>
        </message>
    </context>
    <context>
        <name>KartleggingChart</name>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="99" />
            <source>Over tid</source>
            <translation>Over time</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="100" />
            <source>Ungdommen og laget</source>
            <translation>The young person and the team</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="102" />
            <source>Vis som tabell</source>
            <translation>Show as table</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="128" />
            <source>Kartlegging som tabell</source>
            <translation>Assessment as table</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="185" />
            <source>Ingen kartlegging å vise ennå</source>
            <translation>No assessment to show yet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="189" />
            <source>Ungdommen og laget, {date}</source>
            <translation>The young person and the team, {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="192" />
            <source>Ungdommen</source>
            <translation>The young person</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="193" />
            <source>Laget</source>
            <translation>The team</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="198" />
            <source>Over tid: {whose}</source>
            <translation>Over time: {whose}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="213" />
            <source>Nå</source>
            <translation>Now</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="213" />
            <source>Valgt</source>
            <translation>Chosen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="215" />
            <source>Første</source>
            <translation>First</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="217" />
            <source>Forrige</source>
            <translation>Previous</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="225" />
            <source>Skjul sensitive områder</source>
            <translation>Hide sensitive areas</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="225" />
            <source>Vis sensitive områder</source>
            <translation>Show sensitive areas</translation>
        </message>
    </context>
    <context>
        <name>KartleggingEditor</name>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="65" />
            <source>Ny kartlegging</source>
            <translation>New assessment</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="66" />
            <source>Slett kartleggingen</source>
            <translation>Delete the assessment</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="76" />
            <source>Sensitivt område</source>
            <translation>Sensitive area</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="93" />
            <source>Kartlegging</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="98" />
            <source>Ingen kartlegging ennå. Trykk «Ny kartlegging» for å begynne.</source>
            <translation>No assessment yet. Press “New assessment” to begin.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="117" />
            <source>Velg kartlegging</source>
            <translation>Choose assessment</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="124" />
            <source>Dato for kartleggingen</source>
            <translation>Date of the assessment</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="126" />
            <source>Kartlegging:</source>
            <translation>Assessment:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="129" />
            <source>Dato:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="141" />
            <source>Du vurderer for:</source>
            <translation>You are rating for:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="149" />
            <source>Tast 1–5 for å vurdere, 0 for ikke vurdert, og Tab for å gå til neste område.</source>
            <translation>Type 1–5 to rate, 0 for not rated, and Tab to go to the next area.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="162" />
            <source>Ressurser – det som går bra</source>
            <translation>Resources – what is going well</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="162" />
            <source>Risiko – det som er vanskelig</source>
            <translation>Risk – what is difficult</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="169" />
            <source>Skjules på skjermen i møtet og på arket til familien.</source>
            <translation>Hidden on the screen in the meeting and on the family's sheet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="220" />
            <source>{number}. kartlegging, {date} ({count} av 12 vurdert)</source>
            <translation>Assessment {number}, {date} ({count} of 12 rated)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="238" />
            <source>Velg et område for å skrive om ressurser og risiko.</source>
            <translation>Choose an area to write about resources and risk.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="240" />
            <source>Området er skjult nå.</source>
            <translation>The area is hidden now.</translation>
        </message>
    </context>
    <context>
        <name>KartleggingPage</name>
        <message>
            <location filename="../../lagmote/ui/kartlegging_page.py" line="89" />
            <source>Kartleggingen kan ikke vises: {error}</source>
            <translation>The assessment cannot be shown: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_page.py" line="198" />
            <source>Kartleggingen fra {date} er slettet. Ctrl+Z angrer.</source>
            <translation>The assessment from {date} has been deleted. Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_page.py" line="263" />
            <source>Skjul vurderingene</source>
            <translation>Hide the ratings</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_page.py" line="263" />
            <source>Vis vurderingene</source>
            <translation>Show the ratings</translation>
        </message>
    </context>
    <context>
        <name>KeptTextsDialog</name>
        <message>
            <location filename="../../lagmote/ui/kept_texts_dialog.py" line="30" />
            <source>Ikke lagret før låsing</source>
            <translation>Not saved before locking</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kept_texts_dialog.py" line="33" />
            <source>Dette hadde du skrevet, men det kunne ikke lagres før vinduet ble låst. Kopier det og lim det inn der det hører hjemme; lukker du, er det borte.</source>
            <translation>You had written this, but it could not be saved before the window was locked. Copy it and paste it where it belongs; if you close, it is gone.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kept_texts_dialog.py" line="42" />
            <source>Tekst som ikke er lagret</source>
            <translation>Text that is not saved</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kept_texts_dialog.py" line="44" />
            <source>Kopier alt</source>
            <translation>Copy all</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kept_texts_dialog.py" line="56" />
            <source>Kopiert</source>
            <translation>Copied</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../lagmote/ui/lock.py" line="85" />
            <source>Lagmøte er låst</source>
            <translation>Lagmøte is locked</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/lock.py" line="92" />
            <source>Ingen personopplysninger vises, og nøkkelen til databasen er lagt bort.
Lås opp med passordet eller nøkkelringen.</source>
            <translation>No personal data is shown, and the key to the database has been put away.
Unlock with the password or the keyring.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/lock.py" line="101" />
            <source>&amp;Lås opp …</source>
            <translation>&amp;Unlock …</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="59" />
            <location filename="../../lagmote/ui/main_window.py" line="411" />
            <location filename="../../lagmote/ui/main_window.py" line="564" />
            <source>Lagmøte</source>
            <translation>Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="89" />
            <location filename="../../lagmote/ui/main_window.py" line="100" />
            <source>Ungdommer</source>
            <translation>Young people</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="124" />
            <source>Database: {location}</source>
            <translation>Database: {location}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="130" />
            <source>&amp;Fil</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="132" />
            <source>&amp;Planen på én side (skriv ut eller PDF) …</source>
            <translation>&amp;The plan on one page (print or PDF) …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="139" />
            <source>&amp;Gjenopprettingsnøkkel …</source>
            <translation>&amp;Recovery key …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="144" />
            <source>&amp;Innstillinger …</source>
            <translation>&amp;Settings …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="151" />
            <source>&amp;Lås nå</source>
            <translation>&amp;Lock now</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="156" />
            <source>&amp;Avslutt</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="158" />
            <source>&amp;Vis</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="160" />
            <source>&amp;Møtemodus (for prosjektor)</source>
            <translation>&amp;Meeting mode (for a projector)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="167" />
            <source>&amp;Last inn på nytt</source>
            <translation>&amp;Reload</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="171" />
            <source>Vis &amp;avsluttede saker (arkiv)</source>
            <translation>Show &amp;ended cases (archive)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="177" />
            <source>&amp;Hvem har sett saken …</source>
            <translation>&amp;Who has seen the case …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="184" />
            <source>Gå ut av møtemodus</source>
            <translation>Leave meeting mode</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="188" />
            <source>&amp;Hjelp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="189" />
            <source>&amp;Om Lagmøte</source>
            <translation>&amp;About Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="208" />
            <source>&amp;Rediger</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="209" />
            <source>&amp;Angre</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="211" />
            <source>&amp;Gjør om</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="247" />
            <source>Du er ikke med i laget rundt noen ungdom ennå, eller ingen er lagt inn. Administratoren setter deg på laget (lagmote admin add-to-team).</source>
            <translation>You are not on the team around any young person yet, or none has been added. The administrator puts you on the team (lagmote admin add-to-team).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="251" />
            <source>Ingen ungdommer ennå. Importer en ungdom fra en JSON-fil, eller lag demodata med «lagmote demo».</source>
            <translation>No young people yet. Import a young person from a JSON file, or make demo data with “lagmote demo”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="266" />
            <source>Saken du hadde åpen (ungdom {id}), er ikke lenger tilgjengelig for deg: du er tatt av laget rundt ungdommen, eller saken er slettet.</source>
            <translation>The case you had open (young person {id}) is no longer available to you: you have been taken off the team around the young person, or the case has been erased.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="280" />
            <source>Fant ingen ungdom med id {id}.</source>
            <translation>No young person found with id {id}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="429" />
            <source>Kunne ikke lese databasen.</source>
            <translation>Could not read the database.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="475" />
            <source>Åpner databasen …</source>
            <translation>Opening the database …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="522" />
            <source>Om Lagmøte</source>
            <translation>About Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="523" />
            <source>Lagmøte {version}
Planen, uka og laget rundt én ungdom i Oslomodellen for én-til-én-oppfølging.</source>
            <translation>Lagmøte {version}
The plan, the week and the team around one young person in the Oslo model for one-to-one follow-up.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="554" />
            <source>Databaseserveren svarer ikke, så noe av det du skrev, er ikke lagret. Lukke likevel og miste det? Velg Avbryt, og «Kopier det som ikke er lagret» for å ta vare på det.</source>
            <translation>The database server does not answer, so some of what you wrote is not saved. Close anyway and lose it? Choose Cancel, then “Copy what is not saved” to keep it.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="560" />
            <source>Noe av det du skrev, kunne ikke lagres. Lukke likevel og miste det?</source>
            <translation>Some of what you wrote could not be saved. Close anyway and lose it?</translation>
        </message>
    </context>
    <context>
        <name>MeetingActions</name>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="58" />
            <source>nytt lagmøte</source>
            <translation>new team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="64" />
            <source>sletting av lagmøte</source>
            <translation>deleting a team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="74" />
            <source>ny dato for lagmøtet</source>
            <translation>new date for the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="84" />
            <source>tekst i lagmøtet</source>
            <translation>text in the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="96" />
            <source>notat i lagmøtet</source>
            <translation>note in the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="110" />
            <source>Møtet er datert {date}, fram i tid. Sett datoen til dagen møtet ble holdt før du avslutter det.</source>
            <translation>The meeting is dated {date}, in the future. Set the date to the day the meeting was held before you end it.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="117" />
            <source>avsluttet lagmøte</source>
            <translation>ended team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="117" />
            <source>gjenåpnet lagmøte</source>
            <translation>reopened team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="132" />
            <source>gjest på lagmøtet</source>
            <translation>guest at the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="132" />
            <source>til stede på lagmøtet</source>
            <translation>present at the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="138" />
            <source>ikke til stede på lagmøtet</source>
            <translation>not present at the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="151" />
            <source>nytt vedtak</source>
            <translation>new decision</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="156" />
            <source>sletting av vedtak</source>
            <translation>deleting a decision</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="168" />
            <source>endring av vedtak</source>
            <translation>changing a decision</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="180" />
            <source>ny oppgave</source>
            <translation>new task</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="189" />
            <source>endring av oppgave</source>
            <translation>changing a task</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="199" />
            <source>Velg hvem som skal gjøre oppgaven.</source>
            <translation>Choose who is to do the task.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="206" />
            <source>sletting av oppgave</source>
            <translation>deleting a task</translation>
        </message>
    </context>
    <context>
        <name>MeetingList</name>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="49" />
            <source>Åpne møtet</source>
            <translation>Open the meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="50" />
            <source>Slett det planlagte møtet</source>
            <translation>Delete the planned meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="52" />
            <source>Ingen lagmøter ennå. Planlegg det første til høyre.</source>
            <translation>No team meetings yet. Plan the first one on the right.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="54" />
            <source>Planlegg neste lagmøte</source>
            <translation>Plan the next team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="64" />
            <source>Lagmøtene</source>
            <translation>The team meetings</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="75" />
            <source>Bare et planlagt møte der ingenting er skrevet inn, kan slettes.</source>
            <translation>Only a planned meeting where nothing has been written can be deleted.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="82" />
            <source>Lagmøter</source>
            <translation>Team meetings</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="85" />
            <source>Velg et møte og åpne det for å gå gjennom dagsordenen.</source>
            <translation>Choose a meeting and open it to go through the agenda.</translation>
        </message>
    </context>
    <context>
        <name>MeetingListModel</name>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="102" />
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="103" />
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="104" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="105" />
            <source>Skrevet inn</source>
            <translation>Written</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="127" />
            <source>{n}.</source>
            <translation>{n}.</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <location filename="../../lagmote/ui/meeting_page.py" line="116" />
            <source>Lagmøtene kan ikke vises: {error}</source>
            <translation>The team meetings cannot be shown: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page.py" line="240" />
            <source>Det du skrev i {where}, kunne ikke lagres. Det er forkastet og er ikke tatt med videre.</source>
            <translation>What you wrote in {where} could not be saved. It has been discarded and not carried over.</translation>
        </message>
    </context>
    <context>
        <name>MeetingPageChanges</name>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="116" />
            <source>Lagmøtet {date} er planlagt. Ctrl+Z angrer.</source>
            <translation>The team meeting {date} is planned. Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="122" />
            <source>Åpne møtet</source>
            <translation>Open the meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="138" />
            <source>{title} er slettet. Ctrl+Z angrer.</source>
            <translation>{title} has been deleted. Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="156" />
            <source>Lagmøtet er avsluttet og lagret som holdt. Ctrl+Z angrer.</source>
            <translation>The team meeting has ended and is saved as held. Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="158" />
            <source>Lagmøtet er åpnet igjen. Ctrl+Z angrer.</source>
            <translation>The team meeting has been reopened. Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="216" />
            <source>Velg hvem som skal gjøre oppgaven.</source>
            <translation>Choose who is to do the task.</translation>
        </message>
    </context>
    <context>
        <name>MeetingPlanner</name>
        <message>
            <location filename="../../lagmote/ui/meeting_plan.py" line="59" />
            <source>Dato for lagmøtet</source>
            <translation>Date of the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_plan.py" line="62" />
            <source>Planlegg lagmøte</source>
            <translation>Plan team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_plan.py" line="73" />
            <source>Dato:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_plan.py" line="98" />
            <source>Ingen dato å foreslå: oppstartsmøtet er ikke holdt, eller oppfølgingen er avsluttet.</source>
            <translation>No date to suggest: the start-up meeting has not been held, or the follow-up has ended.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_plan.py" line="105" />
            <source>Forslag: {date}. {reason}</source>
            <translation>Suggestion: {date}. {reason}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_plan.py" line="123" />
            <source>Allerede planlagt: {dates}. Du kan åpne det og endre datoen i stedet.</source>
            <translation>Already planned: {dates}. You can open it and change the date instead.</translation>
        </message>
    </context>
    <context>
        <name>MeetingRun</name>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="92" />
            <source>← Alle lagmøter</source>
            <translation>← All team meetings</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="116" />
            <source>◀ Forrige</source>
            <translation>◀ Previous</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="117" />
            <source>Neste ▶</source>
            <translation>Next ▶</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="119" />
            <location filename="../../lagmote/ui/meeting_run.py" line="232" />
            <source>Avslutt møtet</source>
            <translation>End the meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="152" />
            <source>Dato for lagmøtet</source>
            <translation>Date of the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="153" />
            <source>Dato:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="165" />
            <source>Neste: Ctrl+PgDown eller Alt+→. Forrige: Ctrl+PgUp eller Alt+←.</source>
            <translation>Next: Ctrl+PgDown or Alt+→. Previous: Ctrl+PgUp or Alt+←.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="169" />
            <source>Dagsorden</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="232" />
            <source>Åpne møtet igjen</source>
            <translation>Reopen the meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="281" />
            <source>Steg {n} av {total}</source>
            <translation>Step {n} of {total}</translation>
        </message>
    </context>
    <context>
        <name>MeetingTexts</name>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="81" />
            <source>Ingen valgt</source>
            <translation>None chosen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="123" />
            <source>{number}. lagmøte, {date}</source>
            <translation>Team meeting {number}, {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="131" />
            <source>Holdt</source>
            <translation>Held</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="133" />
            <source>Planlagt, men ikke avsluttet</source>
            <translation>Planned, but not ended</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="135" />
            <source>Planlagt i dag</source>
            <translation>Planned for today</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="136" />
            <source>Planlagt</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="150" />
            <source>Planlagt etter fristen</source>
            <translation>Planned after the deadline</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="159" />
            <source>{n} til stede</source>
            <translation>{n} present</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="161" />
            <source>{n} vedtak</source>
            <translation>{n} decisions</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="164" />
            <source>1 oppgave</source>
            <translation>1 task</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="164" />
            <source>{n} oppgaver</source>
            <translation>{n} tasks</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="167" />
            <source>notater</source>
            <translation>notes</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="168" />
            <source>Ingenting skrevet ennå</source>
            <translation>Nothing written yet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="180" />
            <source>Gjort {date}</source>
            <translation>Done {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="182" />
            <source>For sent</source>
            <translation>Late</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="183" />
            <source>Ikke gjort ennå</source>
            <translation>Not done yet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="191" />
            <source>Dette er det første lagmøtet: alt som er gjort, er nytt.</source>
            <translation>This is the first team meeting: everything done is new.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="194" />
            <source>Forrige lagmøte var {date}.</source>
            <translation>The previous team meeting was {date}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="195" />
            <source>Forrige lagmøte var {date}, {days} før dette.</source>
            <translation>The previous team meeting was {date}, {days} before this one.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="202" />
            <source>Ingen mål har fått en ny vurdering siden forrige lagmøte.</source>
            <translation>No goal has had a new rating since the previous team meeting.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="208" />
            <source>Mål {number}: skjult i møtemodus (følsomt)</source>
            <translation>Goal {number}: hidden in meeting mode (sensitive)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="209" />
            <source>ikke vurdert</source>
            <translation>not rated</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="214" />
            <source>bedre</source>
            <translation>better</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="214" />
            <source>dårligere</source>
            <translation>worse</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="216" />
            <source>Mål {number} «{goal}»: {before} → {now}</source>
            <translation>Goal {number} “{goal}”: {before} → {now}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="231" />
            <source>Gjort {date}: {what}</source>
            <translation>Done {date}: {what}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="233" />
            <source>Ingen tiltak er gjort ferdig siden forrige lagmøte.</source>
            <translation>No measures have been completed since the previous team meeting.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="241" />
            <source>For sent, fristen var {date}: {what}</source>
            <translation>Late, the deadline was {date}: {what}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="245" />
            <source>Ingen tiltak er forsinket.</source>
            <translation>No measures are late.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="252" />
            <source>For sent, fristen var {date}: {what} – {who}</source>
            <translation>Late, the deadline was {date}: {what} – {who}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="258" />
            <source>(avtalt {date})</source>
            <translation>(agreed {date})</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="260" />
            <source>Ingen oppgaver fra tidligere lagmøter er over fristen.</source>
            <translation>No tasks from earlier team meetings are past the deadline.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="265" />
            <source>skjult i møtemodus (følsomt)</source>
            <translation>hidden in meeting mode (sensitive)</translation>
        </message>
    </context>
    <context>
        <name>MemberForm</name>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="116" />
            <source>Sett inn standardansvaret for rollen</source>
            <translation>Insert the role's standard responsibilities</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="128" />
            <source>&amp;Navn</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="129" />
            <source>&amp;Virksomhet</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="130" />
            <source>&amp;Telefon</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="131" />
            <source>&amp;E-post</source>
            <translation>&amp;Email</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="133" />
            <source>&amp;Rolle</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="134" />
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="140" />
            <source>For eksempel skolen eller etaten</source>
            <translation>For example the school or the agency</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="141" />
            <source>&amp;Ansvar i laget (ett per linje)</source>
            <translation>&amp;Responsibilities in the team (one per line)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="143" />
            <source>Ansvar i laget</source>
            <translation>Responsibilities in the team</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="192" />
            <source>Har gått ut av laget. Det de hadde ansvar for, står fortsatt i planen.</source>
            <translation>Has left the team. What they were responsible for is still in the plan.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="207" />
            <source>Går ut av laget</source>
            <translation>Leaves the team</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="207" />
            <source>Kommer tilbake til laget</source>
            <translation>Returns to the team</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="124" />
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="125" />
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="126" />
            <source>Virksomhet</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="127" />
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="128" />
            <source>E-post</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="129" />
            <source>Deling av informasjon</source>
            <translation>Sharing of information</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="169" />
            <source>Laget kan ikke dele informasjon om ungdommen med denne rollen nå.</source>
            <translation>The team cannot share information about the young person with this role now.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="174" />
            <source>Alle som må samtykke, har ikke gjort det ennå.</source>
            <translation>Not everyone who must consent has done so yet.</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../lagmote/ui/plan_fields.py" line="278" />
            <source>Lukk</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_fields.py" line="298" />
            <source>⚠ Ikke lagret ({where}): {text}</source>
            <translation>⚠ Not saved ({where}): {text}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_fields.py" line="300" />
            <source>⚠ Ikke lagret: {text}</source>
            <translation>⚠ Not saved: {text}</translation>
        </message>
    </context>
    <context>
        <name>NextStep</name>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="197" />
            <source>Planlegg neste lagmøte</source>
            <translation>Plan the next team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="199" />
            <source>Notat</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="224" />
            <source>Neste lagmøte er ikke planlagt ennå.</source>
            <translation>The next team meeting is not planned yet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="225" />
            <source>Neste lagmøte: {title}.</source>
            <translation>Next team meeting: {title}.</translation>
        </message>
    </context>
    <context>
        <name>NoteField</name>
        <message>
            <location filename="../../lagmote/ui/meeting_widgets.py" line="186" />
            <source>Skjult i møtemodus: dette er lagets interne notat, ikke for skjermen.</source>
            <translation>Hidden in meeting mode: this is the team's internal note, not for the screen.</translation>
        </message>
    </context>
    <context>
        <name>NoteStep</name>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="80" />
            <source>Notat</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="78" />
            <source>Laget rundt ungdommen</source>
            <translation>The team around the young person</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="99" />
            <source>Frister</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="106" />
            <source>Laget</source>
            <translation>The team</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="115" />
            <source>Stegene i oppfølgingen</source>
            <translation>The steps of the follow-up</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="152" />
            <source>⚠ Mangler i laget: {groups}. Bydel, skole og politi bør alltid være med i laget (§3.1).</source>
            <translation>⚠ Missing from the team: {groups}. District, school and police should always be in the team (§3.1).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="177" />
            <source>Det gikk {days} dager mellom lagmøtene {start} og {end} (høyst {most}).</source>
            <translation>There were {days} days between the team meetings {start} and {end} (at most {most}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="187" />
            <source>ingen ansvarlig</source>
            <translation>no one responsible</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="193" />
            <source>Oppgave fra lagmøtet er {days} over fristen {due}: «{text}» – {who}.</source>
            <translation>Task from the team meeting is {days} past the deadline {due}: “{text}” – {who}.</translation>
        </message>
    </context>
    <context>
        <name>PageChanges</name>
        <message>
            <location filename="../../lagmote/ui/page_changes.py" line="101" />
            <source>Dere hadde endret det samme stedet i teksten, så begge versjonene står nå i den, deres først. Les gjennom og rett.</source>
            <translation>You both changed the same place in the text, so both versions are now in it, theirs first. Read it through and correct it.</translation>
        </message>
    </context>
    <context>
        <name>PageStack</name>
        <message>
            <location filename="../../lagmote/ui/page_stack.py" line="98" />
            <source>Sider</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/page_stack.py" line="100" />
            <source>Oversikt</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/page_stack.py" line="101" />
            <source>Min plan</source>
            <translation>My plan</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/page_stack.py" line="102" />
            <source>Uka</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/page_stack.py" line="103" />
            <source>Kartlegging</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/page_stack.py" line="104" />
            <source>Laget</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/page_stack.py" line="105" />
            <source>Lagmøter</source>
            <translation>Team meetings</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/page_stack.py" line="106" />
            <source>Evaluering</source>
            <translation>Evaluation</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../lagmote/ui/app.py" line="70" />
            <source>Det finnes ingen nøkkelring på denne maskinen.
Velg et passord for den nye, krypterte databasen (minst 8 tegn):</source>
            <translation>There is no keyring on this computer.
Choose a password for the new, encrypted database (at least 8 characters):</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="76" />
            <location filename="../../lagmote/ui/app.py" line="184" />
            <source>Skriv passordet for databasen:</source>
            <translation>Type the password for the database:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="78" />
            <source>Passord for Lagmøte</source>
            <translation>Password for Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="82" />
            <source>Skriv passordet en gang til:</source>
            <translation>Type the password once more:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="84" />
            <source>Passordene var ikke like.</source>
            <translation>The passwords did not match.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="109" />
            <source>Logg inn på databaseserveren</source>
            <translation>Log in to the database server</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="110" />
            <source>Skriv passordet ditt for {who}.
Det tas vare på i nøkkelringen på denne maskinen.</source>
            <translation>Enter your password for {who}.
It is kept in the keyring on this computer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="183" />
            <source>Lås opp Lagmøte</source>
            <translation>Unlock Lagmøte</translation>
        </message>
    </context>
    <context>
        <name>PlanActions</name>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="47" />
            <source>endring i «{title}»</source>
            <translation>change in “{title}”</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="59" />
            <source>endring av mål</source>
            <translation>changing a goal</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="82" />
            <source>vurdering av mål</source>
            <translation>rating a goal</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="99" />
            <source>nytt mål</source>
            <translation>new goal</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="105" />
            <source>sletting av mål</source>
            <translation>deleting a goal</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="117" />
            <source>nytt tiltak</source>
            <translation>new measure</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="123" />
            <source>endring av tiltak</source>
            <translation>changing a measure</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="132" />
            <source>sletting av tiltak</source>
            <translation>deleting a measure</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="82" />
            <location filename="../../lagmote/ui/plan_page.py" line="118" />
            <source>Nytt mål</source>
            <translation>New goal</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="92" />
            <source>Min plan</source>
            <translation>My plan</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="93" />
            <source>Planen er ungdommens egen: skriv med ungdommens egne ord. Alt lagres mens du skriver, og Ctrl+Z angrer.</source>
            <translation>The plan is the young person's own: write in the young person's own words. Everything is saved as you type, and Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="102" />
            <source>Andre tiltak (ikke knyttet til et mål)</source>
            <translation>Other measures (not linked to a goal)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="109" />
            <source>Mål og fremgang</source>
            <translation>Goals and progress</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="110" />
            <source>Hvert mål har en stige fra −2 til +2. 0 betyr at det går som ventet. Velg trinnet som passer i dag med tastene 1–5, og gå til neste mål med Tab.</source>
            <translation>Each goal has a ladder from −2 to +2. 0 means it is going as expected. Choose the step that fits today with the keys 1–5, and go to the next goal with Tab.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="117" />
            <source>Nytt mål, med ungdommens egne ord</source>
            <translation>New goal, in the young person's own words</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="156" />
            <source>Planen kan ikke vises: {error}</source>
            <translation>The plan cannot be shown: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="217" />
            <source>Det du skrev for forrige ungdom i {where}, kunne ikke lagres. Det er forkastet og er ikke tatt med hit.</source>
            <translation>What you wrote for the previous young person in {where} could not be saved. It has been discarded and not brought here.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="393" />
            <source>Målet «{goal}» er slettet.</source>
            <translation>The goal “{goal}” has been deleted.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="394" />
            <source>Angre</source>
            <translation>Undo</translation>
        </message>
    </context>
    <context>
        <name>PlanSections</name>
        <message>
            <location filename="../../lagmote/ui/plan_sections.py" line="40" />
            <source>Skjult i møtemodus (følsomt)</source>
            <translation>Hidden in meeting mode (sensitive)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_sections.py" line="153" />
            <source>Hva vi ser etter, hva hver av oss gjør, og hvem vi ringer.</source>
            <translation>What we look out for, what each of us does, and whom we call.</translation>
        </message>
    </context>
    <context>
        <name>ProfileFields</name>
        <message>
            <location filename="../../lagmote/ui/profile_fields.py" line="26" />
            <source>(ikke valgt)</source>
            <translation>(not chosen)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/profile_fields.py" line="31" />
            <source>For eksempel: Bydel Grorud</source>
            <translation>For example: Bydel Grorud</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/profile_fields.py" line="36" />
            <source>&amp;Navn</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/profile_fields.py" line="37" />
            <source>&amp;Rolle</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/profile_fields.py" line="38" />
            <source>&amp;Virksomhet</source>
            <translation>&amp;Organisation</translation>
        </message>
    </context>
    <context>
        <name>RadarChart</name>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="29" />
            <source>Kartlegging som diagram</source>
            <translation>Assessment as a chart</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="33" />
            <source>Skjult</source>
            <translation>Hidden</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="37" />
            <source>Dette området er skjult nå.</source>
            <translation>This area is hidden now.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="41" />
            <source>ikke vurdert</source>
            <translation>not rated</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="45" />
            <source>Snakk om</source>
            <translation>Talk about</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="83" />
            <source>{mark} Snakk om: vurderingene er 2 eller mer fra hverandre.</source>
            <translation>{mark} Talk about: the ratings are 2 or more apart.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="100" />
            <source>Ingen kartlegging å vise.</source>
            <translation>No assessment to show.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="118" />
            <source>Ingen kartlegging å vise. Skalaen går fra 1 (stor bekymring) til 5 (bra).</source>
            <translation>No assessment to show. The scale goes from 1 (great concern) to 5 (good).</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="120" />
            <source>{count} vurderinger, den siste er tydeligst: {labels}.</source>
            <translation>{count} ratings, the latest is the clearest: {labels}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="123" />
            <source>Skalaen går fra 1 (stor bekymring) til 5 (bra – en styrke).</source>
            <translation>The scale goes from 1 (great concern) to 5 (good – a strength).</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="127" />
            <source>Område {number}: skjult nå.</source>
            <translation>Area {number}: hidden now.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="132" />
            <source>Snakk om: vurderingene er 2 eller mer fra hverandre.</source>
            <translation>Talk about: the ratings are 2 or more apart.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="143" />
            <source>Ingen kartlegging å vise ennå.</source>
            <translation>No assessment to show yet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="147" />
            <source>{mark} Snakk om: 2 eller mer mellom</source>
            <translation>{mark} Talk about: 2 or more apart</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="150" />
            <source>Ikke vurdert</source>
            <translation>Not rated</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="62" />
            <source>Gjenopprettingsnøkkel:</source>
            <translation>Recovery key:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="62" />
            <source>Passord (skriv for hånd):</source>
            <translation>Password (write by hand):</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="64" />
            <source>Gjenopprettingsnøkkel for Lagmøte</source>
            <translation>Recovery key for Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="66" />
            <source>Databasefil: {name}</source>
            <translation>Database file: {name}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="67" />
            <source>Skrevet ut: {date}</source>
            <translation>Printed: {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="76" />
            <source>Lås arket inne, et annet sted enn maskinen og sikkerhetskopiene. Den som har både arket og en kopi, kan lese alle sakene.</source>
            <translation>Lock the sheet away, somewhere other than the computer and the backups. Whoever has both the sheet and a copy can read all the cases.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="84" />
            <source>Nøkkelen åpner databasen og alle sikkerhetskopiene av den. Uten den kan ingen åpne dem, heller ikke dere.</source>
            <translation>The key opens the database and all its backups. Without it nobody can open them, not even you.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="86" />
            <source>Slik gjenoppretter du: lagmote restore SIKKERHETSKOPI --db DATABASEFIL. Finner programmet ikke nøkkelen i nøkkelringen (for eksempel på en ny maskin), spør det etter nøkkelen på dette arket.</source>
            <translation>To restore: lagmote restore SIKKERHETSKOPI --db DATABASEFIL. If the program does not find the key in the keyring (for example on a new computer), it asks for the key on this sheet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="89" />
            <source>Får databasen en ny nøkkel, lager du et nytt ark og makulerer dette.</source>
            <translation>If the database gets a new key, make a new sheet and shred this one.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="95" />
            <source>Passordet åpner databasen og alle sikkerhetskopiene av den. Uten det kan ingen åpne dem, heller ikke dere.</source>
            <translation>The password opens the database and all its backups. Without it nobody can open them, not even you.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="97" />
            <source>Slik gjenoppretter du: lagmote restore SIKKERHETSKOPI --db DATABASEFIL, med passordet i LAGMOTE_PASSPHRASE.</source>
            <translation>To restore: lagmote restore SIKKERHETSKOPI --db DATABASEFIL, with the password in LAGMOTE_PASSPHRASE.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="169" />
            <source>Gjenopprettingsnøkkel</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="172" />
            <source>&amp;Vis nøkkelen …</source>
            <translation>&amp;Show the key …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="173" />
            <source>&amp;Skriv ut på papir …</source>
            <translation>&amp;Print on paper …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="174" />
            <source>&amp;Lukk</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="201" />
            <source>Gjenopprettingsnøkkelen</source>
            <translation>The recovery key</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="215" />
            <source>En sikkerhetskopi er kryptert med den samme nøkkelen som databasen. Uten nøkkelen kan ingen åpne sikkerhetskopien, heller ikke dere. Blir maskinen borte eller byttet ut, trenger dere nøkkelen for å gjenopprette.</source>
            <translation>A backup is encrypted with the same key as the database. Without the key nobody can open the backup, not even you. If the computer is lost or replaced, you need the key to restore.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="230" />
            <location filename="../../lagmote/ui/recovery_dialog.py" line="235" />
            <source>Vis nøkkelen</source>
            <translation>Show the key</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="231" />
            <source>Nøkkelen gir tilgang til alle sakene i databasen og i sikkerhetskopiene. Vis den bare når ingen andre ser skjermen. Vise den nå?</source>
            <translation>The key gives access to all the cases in the database and in the backups. Show it only when nobody else can see the screen. Show it now?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="236" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="317" />
            <source>Nøkkelen ligger i nøkkelringen på denne maskinen og forsvinner med den. Skriv den ned, eller skriv den ut på papir, og lås arket inne et annet sted enn maskinen og sikkerhetskopiene.</source>
            <translation>The key is in the keyring on this computer and disappears with it. Write it down, or print it on paper, and lock the sheet away somewhere other than the computer and the backups.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="325" />
            <source>Databasen er låst med et passord, og passordet er nøkkelen. Det lagres ikke noe sted: glemmer dere det, kan verken databasen eller sikkerhetskopiene åpnes. Skriv det for hånd på arket fra «Skriv ut på papir …», og lås arket inne.</source>
            <translation>The database is locked with a password, and the password is the key. It is not stored anywhere: if you forget it, neither the database nor the backups can be opened. Write it by hand on the sheet from “Print on paper …”, and lock the sheet away.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="333" />
            <source>Databasen ligger på en PostgreSQL-server. Sikkerhetskopier og nøkler tas hånd om av dem som drifter serveren (pg_dump).</source>
            <translation>The database is on a PostgreSQL server. Backups and keys are taken care of by those who run the server (pg_dump).</translation>
        </message>
    </context>
    <context>
        <name>RenderPage</name>
        <message>
            <location filename="../../lagmote/ui/render.py" line="84" />
            <source>Planen kunne ikke leses.</source>
            <translation>The plan could not be read.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/render.py" line="93" />
            <source>Evalueringene kunne ikke leses.</source>
            <translation>The evaluations could not be read.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/render.py" line="104" />
            <source>Kunne ikke lage bildet.</source>
            <translation>Could not make the image.</translation>
        </message>
    </context>
    <context>
        <name>SectionField</name>
        <message>
            <location filename="../../lagmote/ui/plan_sections.py" line="67" />
            <source>Vis</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_sections.py" line="68" />
            <source>Vis «{title}»</source>
            <translation>Show “{title}”</translation>
        </message>
    </context>
    <context>
        <name>ServerLink</name>
        <message>
            <location filename="../../lagmote/ui/server_link.py" line="135" />
            <source>Alt du skrev, er lagret: det er ingenting å kopiere.</source>
            <translation>Everything you wrote is saved: there is nothing to copy.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/server_link.py" line="140" />
            <source>Kopiert til utklippstavlen: {count} felt som ikke er lagret.</source>
            <translation>Copied to the clipboard: {count} fields that are not saved.</translation>
        </message>
    </context>
    <context>
        <name>ServiceNotesBox</name>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="51" />
            <source>Notatene</source>
            <translation>The notes</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="52" />
            <source>Ingen notater ennå.</source>
            <translation>No notes yet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="54" />
            <source>Nytt notat</source>
            <translation>New note</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="55" />
            <source>Skriv et nytt notat …</source>
            <translation>Write a new note …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="58" />
            <source>Lagre notatet</source>
            <translation>Save the note</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="103" />
            <source>Notater for {service}</source>
            <translation>Notes for {service}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="105" />
            <source>Bare brukere fra {service} kan lese disse notatene. De vises aldri i møtemodus og kommer aldri med på utskrifter.</source>
            <translation>Only users from {service} can read these notes. They are never shown in meeting mode and never printed.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="133" />
            <source>nytt notat</source>
            <translation>new note</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="134" />
            <source>notatet</source>
            <translation>the note</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="161" />
            <source>politiet</source>
            <translation>the police</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="162" />
            <source>barnevernet</source>
            <translation>child welfare services</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="163" />
            <source>helsetjenesten</source>
            <translation>the health service</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="48" />
            <source>Innstillinger</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="62" />
            <source>Standard for maskinen</source>
            <translation>Default for the computer</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="64" />
            <source>Den krypterte filen i datamappen</source>
            <translation>The encrypted file in the data folder</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="71" />
            <source> minutter</source>
            <translation> minutes</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="75" />
            <source> måneder</source>
            <translation> months</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="90" />
            <source>&amp;Språk (fra neste start)</source>
            <translation>&amp;Language (from the next start)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="91" />
            <source>&amp;Datamappe</source>
            <translation>&amp;Data folder</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="92" />
            <source>Data&amp;base</source>
            <translation>Data&amp;base</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="94" />
            <source>Deg (står i loggen over hvem som har lest)</source>
            <translation>You (in the log of who has read)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="95" />
            <source>Denne maskinen</source>
            <translation>This computer</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="98" />
            <source>&amp;Lås vinduet etter</source>
            <translation>&amp;Lock the window after</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="99" />
            <source>&amp;Evaluering minst hver</source>
            <translation>&amp;Evaluation at least every</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="100" />
            <source>Alle som bruker denne databasen</source>
            <translation>Everyone using this database</translation>
        </message>
    </context>
    <context>
        <name>SheetDialog</name>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="54" />
            <source>Forhåndsvisning av planen på én side</source>
            <translation>Preview of the plan on one page</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="91" />
            <source>Planen på én side</source>
            <translation>The plan on one page</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="95" />
            <source>Språk</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="98" />
            <source>Skriv ut …</source>
            <translation>Print …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="99" />
            <source>Lagre som PDF …</source>
            <translation>Save as PDF …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="100" />
            <source>Lukk</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="111" />
            <source>&amp;Språk:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="115" />
            <source>For ungdommen og familien. Sensitive mål og områder er ikke med.</source>
            <translation>For the young person and the family. Sensitive goals and areas are left out.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="171" />
            <source>Lagre planen som PDF</source>
            <translation>Save the plan as PDF</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="171" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="187" />
            <source>Planen er lagret som PDF.</source>
            <translation>The plan has been saved as PDF.</translation>
        </message>
    </context>
    <context>
        <name>SinceStep</name>
        <message>
            <location filename="../../lagmote/ui/meeting_since.py" line="49" />
            <source>Notat</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_since.py" line="57" />
            <source>Mål som har flyttet seg</source>
            <translation>Goals that have moved</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_since.py" line="58" />
            <source>Tiltak som er gjort</source>
            <translation>Measures that are done</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_since.py" line="59" />
            <source>Tiltak som er forsinket</source>
            <translation>Measures that are late</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_since.py" line="60" />
            <source>Oppgaver fra tidligere lagmøter som ikke er gjort</source>
            <translation>Tasks from earlier team meetings that are not done</translation>
        </message>
    </context>
    <context>
        <name>StepState</name>
        <message>
            <location filename="../../lagmote/ui/theme.py" line="183" />
            <source>Gjort</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/theme.py" line="184" />
            <source>Gjort for sent</source>
            <translation>Done late</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/theme.py" line="185" />
            <source>Kommer</source>
            <translation>Coming</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/theme.py" line="186" />
            <source>Over fristen</source>
            <translation>Past the deadline</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/theme.py" line="187" />
            <source>Venter</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/theme.py" line="188" />
            <source>Ikke aktuelt</source>
            <translation>Not applicable</translation>
        </message>
    </context>
    <context>
        <name>StepTimeline</name>
        <message>
            <location filename="../../lagmote/widgets/step_timeline.py" line="77" />
            <source>planlagt {date}</source>
            <translation>planned {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/step_timeline.py" line="79" />
            <source>frist {date}</source>
            <translation>deadline {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/step_timeline.py" line="86" />
            <source>{days} over fristen</source>
            <translation>{days} past the deadline</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/step_timeline.py" line="89" />
            <source>etter fristen</source>
            <translation>after the deadline</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/step_timeline.py" line="393" />
            <source>Tidslinje for oppfølgingen</source>
            <translation>Timeline of the follow-up</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/step_timeline.py" line="395" />
            <source>Tidslinje for oppfølgingen, valgt steg: {name} ({state})</source>
            <translation>Timeline of the follow-up, chosen step: {name} ({state})</translation>
        </message>
    </context>
    <context>
        <name>TeamActions</name>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="67" />
            <source>nytt medlem i laget</source>
            <translation>new team member</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="81" />
            <source>endring av medlem i laget</source>
            <translation>changing a team member</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="93" />
            <source>medlem tilbake i laget</source>
            <translation>team member back in the team</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="93" />
            <source>medlem går ut av laget</source>
            <translation>team member leaves the team</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="108" />
            <source>nytt samtykke</source>
            <translation>new consent</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="114" />
            <source>Samtykket er allerede trukket tilbake.</source>
            <translation>The consent is already withdrawn.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="117" />
            <source>Datoen for når samtykket ble trukket tilbake, kan ikke være fram i tid.</source>
            <translation>The date the consent was withdrawn cannot be in the future.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="123" />
            <source>samtykke trukket tilbake</source>
            <translation>consent withdrawn</translation>
        </message>
    </context>
    <context>
        <name>TeamPage</name>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="77" />
            <location filename="../../lagmote/ui/team_page.py" line="110" />
            <source>Laget rundt ungdommen</source>
            <translation>The team around the young person</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="80" />
            <source>Ingen i laget ennå. Velg en rolle under og trykk «Legg til i laget».</source>
            <translation>Nobody in the team yet. Choose a role below and press “Add to the team”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="86" />
            <location filename="../../lagmote/ui/team_page.py" line="88" />
            <source>Har gått ut av laget</source>
            <translation>Has left the team</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="116" />
            <source>Hvem gjør hva</source>
            <translation>Who does what</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="117" />
            <source>Tiltak fra «Min plan» og oppgaver fra lagmøtene, talt for hver i laget. De som har noe over fristen, står først. Velg en rad for å se hva det gjelder.</source>
            <translation>Measures from “My plan” and tasks from the team meetings, counted for each team member. Those with something past the deadline come first. Choose a row to see what it concerns.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="125" />
            <source>Samtykke til å dele informasjon</source>
            <translation>Consent to share information</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="134" />
            <source>Medlemmer</source>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="135" />
            <source>Velg en i laget for å endre kontaktinfo og ansvar. Alt lagres mens du skriver, og Ctrl+Z angrer.</source>
            <translation>Choose a team member to change contact details and responsibilities. Everything is saved as you type, and Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="173" />
            <source>Det du skrev om {who} for forrige ungdom, kunne ikke lagres. Det er forkastet og ikke tatt med hit.</source>
            <translation>What you wrote about {who} for the previous young person could not be saved. It has been discarded and not brought here.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="181" />
            <source>Laget kan ikke vises: {error}</source>
            <translation>The team cannot be shown: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="281" />
            <source>⚠ Mangler i laget: {groups}. Bydel, skole og politi bør alltid være med i laget (§3.1).</source>
            <translation>⚠ Missing from the team: {groups}. District, school and police should always be in the team (§3.1).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="291" />
            <source>⚠ Laget kan ikke dele informasjon med alle i laget: {roles}. Se «Deling av informasjon» i tabellen under.</source>
            <translation>⚠ The team cannot share information with everyone in the team: {roles}. See “Sharing of information” in the table below.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="373" />
            <source>{who} er tilbake i laget. Ctrl+Z angrer.</source>
            <translation>{who} is back in the team. Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="375" />
            <source>{who} har gått ut av laget og står nå under «Har gått ut av laget». Ctrl+Z angrer.</source>
            <translation>{who} has left the team and is now listed under “Has left the team”. Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="399" />
            <source>Samtykket fra {who} er registrert. Ctrl+Z angrer.</source>
            <translation>The consent from {who} has been registered. Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="412" />
            <source>Samtykket fra {who} er trukket tilbake fra {date}. Laget kan ikke lenger dele informasjon på grunnlag av det. Ctrl+Z angrer.</source>
            <translation>The consent from {who} is withdrawn from {date}. The team can no longer share information on the basis of it. Ctrl+Z undoes.</translation>
        </message>
    </context>
    <context>
        <name>TeamTableModel</name>
        <message>
            <location filename="../../lagmote/ui/models.py" line="144" />
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/models.py" line="145" />
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/models.py" line="146" />
            <source>Virksomhet</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/models.py" line="147" />
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/models.py" line="148" />
            <source>E-post</source>
            <translation>Email</translation>
        </message>
    </context>
    <context>
        <name>TiltakBox</name>
        <message>
            <location filename="../../lagmote/ui/plan_tiltak_view.py" line="115" />
            <source>Nytt tiltak: hva skal gjøres?</source>
            <translation>New measure: what is to be done?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_tiltak_view.py" line="116" />
            <source>Nytt tiltak</source>
            <translation>New measure</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_tiltak_view.py" line="117" />
            <source>Legg til tiltak</source>
            <translation>Add measure</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_tiltak_view.py" line="118" />
            <source>Slett valgt tiltak</source>
            <translation>Delete the chosen measure</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_tiltak_view.py" line="127" />
            <source>Tiltak</source>
            <translation>Measure</translation>
        </message>
    </context>
    <context>
        <name>TiltakDelegate</name>
        <message>
            <location filename="../../lagmote/ui/plan_tiltak_view.py" line="64" />
            <source>Ingen frist</source>
            <translation>No deadline</translation>
        </message>
    </context>
    <context>
        <name>TiltakTableModel</name>
        <message>
            <location filename="../../lagmote/ui/plan_models.py" line="39" />
            <source>For sent</source>
            <translation>Late</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_models.py" line="130" />
            <source>Ingen valgt</source>
            <translation>None chosen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_models.py" line="144" />
            <source>Tiltak</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_models.py" line="145" />
            <source>Ansvarlig</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_models.py" line="146" />
            <source>Frist</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_models.py" line="147" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_models.py" line="201" />
            <source>Fristen er passert, og tiltaket er ikke ferdig.</source>
            <translation>The deadline has passed, and the measure is not finished.</translation>
        </message>
    </context>
    <context>
        <name>WeekGrid</name>
        <message>
            <location filename="../../lagmote/widgets/week_grid.py" line="479" />
            <source>tom time {day} {span}, Enter lager en ny aktivitet</source>
            <translation>empty hour {day} {span}, Enter makes a new activity</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/week_grid.py" line="482" />
            <source>Uka, valgt: {focus}</source>
            <translation>The week, chosen: {focus}</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/week_grid_paint.py" line="194" />
            <location filename="../../lagmote/widgets/week_grid_paint.py" line="252" />
            <source>Fri tid</source>
            <translation>Free time</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/week_grid_paint.py" line="401" />
            <source>+ Ny (Enter)</source>
            <translation>+ New (Enter)</translation>
        </message>
    </context>
    <context>
        <name>WeekPage</name>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="87" />
            <source>Uka</source>
            <translation>The week</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="90" />
            <source>Uka etter standarden</source>
            <translation>The week according to the standard</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="92" />
            <location filename="../../lagmote/ui/week_page.py" line="129" />
            <source>Fri tid å fylle</source>
            <translation>Free time to fill</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="97" />
            <source>&amp;Ny aktivitet</source>
            <translation>&amp;New activity</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="98" />
            <source>S&amp;lett</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="127" />
            <source>Standarden</source>
            <translation>The standard</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="131" />
            <source>Valgt aktivitet</source>
            <translation>Chosen activity</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="190" />
            <source>• torsdag 14:30–17:00 og</source>
            <translation>• Thursday 14:30–17:00 and</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="275" />
            <source>Uka kunne ikke leses. {reason}</source>
            <translation>The week could not be read. {reason}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="281" />
            <source>Ingen lange tomrom etter skolen (før {end}).</source>
            <translation>No long gaps after school (before {end}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="283" />
            <source>Minst to timer uten avtaler, etter skolen og før {end}:</source>
            <translation>At least two hours without appointments, after school and before {end}:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="324" />
            <source>Velg en aktivitet i uka, eller dra over et tomt felt for å lage en ny. Med tastaturet: piltastene velger, Enter lager eller åpner, Alt+piltastene flytter, Shift+Alt+opp/ned endrer lengden.</source>
            <translation>Choose an activity in the week, or drag over an empty field to make a new one. With the keyboard: the arrow keys choose, Enter makes or opens, Alt+arrow keys move, Shift+Alt+up/down change the length.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="393" />
            <source>Ny aktivitet</source>
            <translation>New activity</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="416" />
            <source>Endre aktivitet</source>
            <translation>Edit activity</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="442" />
            <source>Slett aktivitet</source>
            <translation>Delete activity</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="53" />
            <source>Velkommen til Lagmøte</source>
            <translation>Welcome to Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="55" />
            <source>Lagmøte samler planen, uka og laget rundt én ungdom. Først: hvem er du? Navnet, rollen og virksomheten står i loggen over hvem som har lest sakene.</source>
            <translation>Lagmøte gathers the plan, the week and the team around one young person. First: who are you? Your name, role and organisation appear in the log of who has read the cases.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="82" />
            <source>Databasen</source>
            <translation>The database</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="92" />
            <source>Sakene lagres kryptert, i én fil: {where}

«Neste» lager databasen. Har maskinen ingen nøkkelring, velger du et passord.</source>
            <translation>The cases are stored encrypted, in one file: {where}

“Next” creates the database. If the computer has no keyring, you choose a password.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="111" />
            <source>Nøkkelen og sikkerhetskopier</source>
            <translation>The key and backups</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="114" />
            <source>Åpne &amp;demodata: én fiktiv ungdom med lag, plan og uke</source>
            <translation>Open &amp;demo data: one fictional young person with a team, a plan and a week</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="127" />
            <source>Nøkkelen ligger i nøkkelringen på denne maskinen, ikke i filen. Uten den kan ingen åpne databasen, heller ikke en sikkerhetskopi. Skriv den ut og legg arket trygt: Fil → Gjenopprettingsnøkkel …</source>
            <translation>The key is in the keyring on this computer, not in the file. Without it nobody can open the database, not even a backup. Print it and keep the sheet safe: File → Recovery key …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="133" />
            <source>Passordet du valgte, er nøkkelen. Det lagres ikke noe sted: skriv det ned og legg arket trygt. Uten det kan ingen åpne databasen, heller ikke en sikkerhetskopi.</source>
            <translation>The password you chose is the key. It is not stored anywhere: write it down and keep the sheet safe. Without it nobody can open the database, not even a backup.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="140" />
            <source>Programmet tar en sikkerhetskopi hver dag i {folder} og beholder de sju siste. «lagmote backup» tar en når du vil.</source>
            <translation>The program makes a backup every day in {folder} and keeps the last seven. “lagmote backup” makes one whenever you like.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="155" />
            <source>Lagmøte</source>
            <translation>Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="163" />
            <source>Neste</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="164" />
            <source>Tilbake</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="165" />
            <source>Kom i gang</source>
            <translation>Get started</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="166" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>WindowLocking</name>
        <message>
            <location filename="../../lagmote/ui/window_lock.py" line="91" />
            <source>Lagmøte (låst)</source>
            <translation>Lagmøte (locked)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/window_lock.py" line="106" />
            <source>Lagmøte</source>
            <translation>Lagmøte</translation>
        </message>
    </context>
    <context>
        <name>WorksStep</name>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="107" />
            <location filename="../../lagmote/ui/meeting_steps.py" line="114" />
            <source>Tiltakene i «Min plan»</source>
            <translation>The measures in “My plan”</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="110" />
            <source>Notat</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="132" />
            <source>{n} tiltak under følsomme mål er skjult i møtemodus.</source>
            <translation>{n} measures under sensitive goals are hidden in meeting mode.</translation>
        </message>
    </context>
    <context>
        <name>YouthHeader</name>
        <message>
            <location filename="../../lagmote/ui/header.py" line="50" />
            <source>Ungdom: {name}</source>
            <translation>Young person: {name}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="54" />
            <source>Ingen ungdom valgt</source>
            <translation>No young person chosen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="63" />
            <source>{age} år</source>
            <translation>{age} years</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="68" />
            <source>Ingen oppfølger registrert</source>
            <translation>No support worker registered</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="70" />
            <source>Oppfølger: {name}</source>
            <translation>Support worker: {name}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="74" />
            <source>Oppfølgingen er avsluttet</source>
            <translation>The follow-up has ended</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="84" />
            <source>Ingen lagmøte planlagt</source>
            <translation>No team meeting planned</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="85" />
            <source>Neste lagmøte ikke planlagt (frist {date})</source>
            <translation>Next team meeting not planned (deadline {date})</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="89" />
            <source>Neste lagmøte: {date} ({week})</source>
            <translation>Next team meeting: {date} ({week})</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="93" />
            <source> – etter fristen {date}</source>
            <translation> – after the deadline {date}</translation>
        </message>
    </context>
    <context>
        <name>YouthListModel</name>
        <message>
            <location filename="../../lagmote/ui/models.py" line="72" />
            <source> ({age} år)</source>
            <translation> ({age} years)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/models.py" line="74" />
            <source> – avsluttet</source>
            <translation> – ended</translation>
        </message>
    </context>
    <context>
        <name>YouthStep</name>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="41" />
            <source>Med ungdommens egne ord</source>
            <translation>In the young person's own words</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="62" />
            <source>Forrige lagmøte ({date}) sa ungdommen: «{words}»</source>
            <translation>At the previous team meeting ({date}) the young person said: “{words}”</translation>
        </message>
    </context>
</TS>
