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
            <location filename="../../lagmote/ui/app.py" line="104" />
            <source>PostgreSQL {where}</source>
            <translation>PostgreSQL {where}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="108" />
            <source>nøkkel i nøkkelringen</source>
            <translation>key in the keyring</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="110" />
            <source>låst med passord</source>
            <translation>locked with a password</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="112" />
            <source>{path} (kryptert, {key})</source>
            <translation>{path} (encrypted, {key})</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="149" />
            <source>Prøv igjen</source>
            <translation>Try again</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="150" />
            <source>Avslutt</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="187" />
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
            <location filename="../../lagmote/ui/week_form.py" line="61" />
            <source>00:00 som slutt betyr midnatt (24:00).</source>
            <translation>00:00 as the end means midnight (24:00).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="65" />
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="66" />
            <source>&amp;Hva</source>
            <translation>&amp;What</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="67" />
            <source>&amp;Sted</source>
            <translation>&amp;Place</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="68" />
            <source>&amp;Dag</source>
            <translation>&amp;Day</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="69" />
            <source>&amp;Fra</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="70" />
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
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="112" />
            <source>Evalueringen er lagret som PDF.</source>
            <translation>The evaluation has been saved as PDF.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="123" />
            <source>endret evalueringsintervallet</source>
            <translation>changed the evaluation interval</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="131" />
            <source>Velg mappen til arkivet</source>
            <translation>Choose the archive folder</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="136" />
            <source>Arkiver og slett saken</source>
            <translation>Archive and delete the case</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="138" />
            <source>Saken skrives til mappen (hele saken som JSON og hele planen som PDF), og slettes så fra databasen. Det kan ikke angres. Fortsette?</source>
            <translation>The case is written to the folder (the whole case as JSON and the whole plan as PDF), and then deleted from the database. This cannot be undone. Continue?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="143" />
            <source>Arkiver og slett</source>
            <translation>Archive and delete</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="144" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="175" />
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
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="52" />
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="162" />
            <source>Jevnlig evaluering</source>
            <translation>Regular evaluation</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="70" />
            <source>Neste</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="71" />
            <source>Tilbake</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="72" />
            <source>Fullfør evalueringen</source>
            <translation>Complete the evaluation</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="73" />
            <source>Lukk (utkastet lagres)</source>
            <translation>Close (the draft is saved)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="138" />
            <source>fullførte evalueringen</source>
            <translation>completed the evaluation</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="163" />
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
            <location filename="../../lagmote/ui/plan_goal_card.py" line="211" />
            <source>Mål {number}</source>
            <translation>Goal {number}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="213" />
            <source>Vis mål {number}</source>
            <translation>Show goal {number}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="324" />
            <source>Ikke vurdert ennå. Velg et trinn på stigen.</source>
            <translation>Not rated yet. Choose a step on the ladder.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="326" />
            <source>i dag ({date})</source>
            <translation>today ({date})</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="327" />
            <source> på lagmøtet</source>
            <translation> at the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="328" />
            <source>Vurdert {when}{where}: {rating}.</source>
            <translation>Rated {when}{where}: {rating}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="332" />
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
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="67" />
            <source>vurdering i kartleggingen</source>
            <translation>rating in the assessment</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="81" />
            <source>ny kartlegging</source>
            <translation>new assessment</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="87" />
            <source>sletting av kartlegging</source>
            <translation>deleting an assessment</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="97" />
            <source>endring av kartlegging</source>
            <translation>changing an assessment</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="106" />
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
            <location filename="../../lagmote/ui/kartlegging_page.py" line="192" />
            <source>Kartleggingen fra {date} er slettet. Ctrl+Z angrer.</source>
            <translation>The assessment from {date} has been deleted. Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_page.py" line="252" />
            <source>Skjul vurderingene</source>
            <translation>Hide the ratings</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_page.py" line="252" />
            <source>Vis vurderingene</source>
            <translation>Show the ratings</translation>
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
            <location filename="../../lagmote/ui/main_window.py" line="57" />
            <location filename="../../lagmote/ui/main_window.py" line="378" />
            <location filename="../../lagmote/ui/main_window.py" line="475" />
            <source>Lagmøte</source>
            <translation>Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="85" />
            <location filename="../../lagmote/ui/main_window.py" line="94" />
            <source>Ungdommer</source>
            <translation>Young people</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="118" />
            <source>Database: {location}</source>
            <translation>Database: {location}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="124" />
            <source>&amp;Fil</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="126" />
            <source>&amp;Planen på én side (skriv ut eller PDF) …</source>
            <translation>&amp;The plan on one page (print or PDF) …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="133" />
            <source>&amp;Gjenopprettingsnøkkel …</source>
            <translation>&amp;Recovery key …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="138" />
            <source>&amp;Innstillinger …</source>
            <translation>&amp;Settings …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="145" />
            <source>&amp;Lås nå</source>
            <translation>&amp;Lock now</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="150" />
            <source>&amp;Avslutt</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="152" />
            <source>&amp;Vis</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="154" />
            <source>&amp;Møtemodus (for prosjektor)</source>
            <translation>&amp;Meeting mode (for a projector)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="161" />
            <source>&amp;Last inn på nytt</source>
            <translation>&amp;Reload</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="165" />
            <source>Vis &amp;avsluttede saker (arkiv)</source>
            <translation>Show &amp;ended cases (archive)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="171" />
            <source>&amp;Hvem har sett saken …</source>
            <translation>&amp;Who has seen the case …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="178" />
            <source>Gå ut av møtemodus</source>
            <translation>Leave meeting mode</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="182" />
            <source>&amp;Hjelp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="183" />
            <source>&amp;Om Lagmøte</source>
            <translation>&amp;About Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="202" />
            <source>&amp;Rediger</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="203" />
            <source>&amp;Angre</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="205" />
            <source>&amp;Gjør om</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="228" />
            <source>Ingen ungdommer ennå. Importer en ungdom fra en JSON-fil, eller lag demodata med «lagmote demo».</source>
            <translation>No young people yet. Import a young person from a JSON file, or make demo data with “lagmote demo”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="396" />
            <source>Kunne ikke lese databasen.</source>
            <translation>Could not read the database.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="400" />
            <source>Åpner databasen …</source>
            <translation>Opening the database …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="445" />
            <source>Om Lagmøte</source>
            <translation>About Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="446" />
            <source>Lagmøte {version}
Planen, uka og laget rundt én ungdom i Oslomodellen for én-til-én-oppfølging.</source>
            <translation>Lagmøte {version}
The plan, the week and the team around one young person in the Oslo model for one-to-one follow-up.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="476" />
            <source>Noe av det du skrev, kunne ikke lagres. Lukke likevel og miste det?</source>
            <translation>Some of what you wrote could not be saved. Close anyway and lose it?</translation>
        </message>
    </context>
    <context>
        <name>MeetingActions</name>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="55" />
            <source>nytt lagmøte</source>
            <translation>new team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="61" />
            <source>sletting av lagmøte</source>
            <translation>deleting a team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="71" />
            <source>ny dato for lagmøtet</source>
            <translation>new date for the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="80" />
            <source>tekst i lagmøtet</source>
            <translation>text in the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="90" />
            <source>notat i lagmøtet</source>
            <translation>note in the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="103" />
            <source>Møtet er datert {date}, fram i tid. Sett datoen til dagen møtet ble holdt før du avslutter det.</source>
            <translation>The meeting is dated {date}, in the future. Set the date to the day the meeting was held before you end it.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="110" />
            <source>avsluttet lagmøte</source>
            <translation>ended team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="110" />
            <source>gjenåpnet lagmøte</source>
            <translation>reopened team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="125" />
            <source>gjest på lagmøtet</source>
            <translation>guest at the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="125" />
            <source>til stede på lagmøtet</source>
            <translation>present at the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="131" />
            <source>ikke til stede på lagmøtet</source>
            <translation>not present at the team meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="144" />
            <source>nytt vedtak</source>
            <translation>new decision</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="149" />
            <source>sletting av vedtak</source>
            <translation>deleting a decision</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="160" />
            <source>endring av vedtak</source>
            <translation>changing a decision</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="171" />
            <source>ny oppgave</source>
            <translation>new task</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="179" />
            <source>endring av oppgave</source>
            <translation>changing a task</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="188" />
            <source>Velg hvem som skal gjøre oppgaven.</source>
            <translation>Choose who is to do the task.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="195" />
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
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="103" />
            <source>Lagmøtet {date} er planlagt. Ctrl+Z angrer.</source>
            <translation>The team meeting {date} is planned. Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="109" />
            <source>Åpne møtet</source>
            <translation>Open the meeting</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="125" />
            <source>{title} er slettet. Ctrl+Z angrer.</source>
            <translation>{title} has been deleted. Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="143" />
            <source>Lagmøtet er avsluttet og lagret som holdt. Ctrl+Z angrer.</source>
            <translation>The team meeting has ended and is saved as held. Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="145" />
            <source>Lagmøtet er åpnet igjen. Ctrl+Z angrer.</source>
            <translation>The team meeting has been reopened. Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="203" />
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
            <location filename="../../lagmote/ui/plan_fields.py" line="267" />
            <source>Lukk</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_fields.py" line="287" />
            <source>⚠ Ikke lagret ({where}): {text}</source>
            <translation>⚠ Not saved ({where}): {text}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_fields.py" line="289" />
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
            <location filename="../../lagmote/ui/app.py" line="169" />
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
            <location filename="../../lagmote/ui/app.py" line="168" />
            <source>Lås opp Lagmøte</source>
            <translation>Unlock Lagmøte</translation>
        </message>
    </context>
    <context>
        <name>PlanActions</name>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="43" />
            <source>endring i «{title}»</source>
            <translation>change in “{title}”</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="53" />
            <source>endring av mål</source>
            <translation>changing a goal</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="75" />
            <source>vurdering av mål</source>
            <translation>rating a goal</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="92" />
            <source>nytt mål</source>
            <translation>new goal</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="98" />
            <source>sletting av mål</source>
            <translation>deleting a goal</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="110" />
            <source>nytt tiltak</source>
            <translation>new measure</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="115" />
            <source>endring av tiltak</source>
            <translation>changing a measure</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="123" />
            <source>sletting av tiltak</source>
            <translation>deleting a measure</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="80" />
            <location filename="../../lagmote/ui/plan_page.py" line="116" />
            <source>Nytt mål</source>
            <translation>New goal</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="90" />
            <source>Min plan</source>
            <translation>My plan</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="91" />
            <source>Planen er ungdommens egen: skriv med ungdommens egne ord. Alt lagres mens du skriver, og Ctrl+Z angrer.</source>
            <translation>The plan is the young person's own: write in the young person's own words. Everything is saved as you type, and Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="100" />
            <source>Andre tiltak (ikke knyttet til et mål)</source>
            <translation>Other measures (not linked to a goal)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="107" />
            <source>Mål og fremgang</source>
            <translation>Goals and progress</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="108" />
            <source>Hvert mål har en stige fra −2 til +2. 0 betyr at det går som ventet. Velg trinnet som passer i dag med tastene 1–5, og gå til neste mål med Tab.</source>
            <translation>Each goal has a ladder from −2 to +2. 0 means it is going as expected. Choose the step that fits today with the keys 1–5, and go to the next goal with Tab.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="115" />
            <source>Nytt mål, med ungdommens egne ord</source>
            <translation>New goal, in the young person's own words</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="154" />
            <source>Planen kan ikke vises: {error}</source>
            <translation>The plan cannot be shown: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="215" />
            <source>Det du skrev for forrige ungdom i {where}, kunne ikke lagres. Det er forkastet og er ikke tatt med hit.</source>
            <translation>What you wrote for the previous young person in {where} could not be saved. It has been discarded and not brought here.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="379" />
            <source>Målet «{goal}» er slettet.</source>
            <translation>The goal “{goal}” has been deleted.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="380" />
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
            <location filename="../../lagmote/ui/team_actions.py" line="64" />
            <source>nytt medlem i laget</source>
            <translation>new team member</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="77" />
            <source>endring av medlem i laget</source>
            <translation>changing a team member</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="88" />
            <source>medlem tilbake i laget</source>
            <translation>team member back in the team</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="88" />
            <source>medlem går ut av laget</source>
            <translation>team member leaves the team</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="103" />
            <source>nytt samtykke</source>
            <translation>new consent</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="109" />
            <source>Samtykket er allerede trukket tilbake.</source>
            <translation>The consent is already withdrawn.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="112" />
            <source>Datoen for når samtykket ble trukket tilbake, kan ikke være fram i tid.</source>
            <translation>The date the consent was withdrawn cannot be in the future.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="117" />
            <source>samtykke trukket tilbake</source>
            <translation>consent withdrawn</translation>
        </message>
    </context>
    <context>
        <name>TeamPage</name>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="76" />
            <location filename="../../lagmote/ui/team_page.py" line="108" />
            <source>Laget rundt ungdommen</source>
            <translation>The team around the young person</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="79" />
            <source>Ingen i laget ennå. Velg en rolle under og trykk «Legg til i laget».</source>
            <translation>Nobody in the team yet. Choose a role below and press “Add to the team”.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="85" />
            <location filename="../../lagmote/ui/team_page.py" line="87" />
            <source>Har gått ut av laget</source>
            <translation>Has left the team</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="114" />
            <source>Hvem gjør hva</source>
            <translation>Who does what</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="115" />
            <source>Tiltak fra «Min plan» og oppgaver fra lagmøtene, talt for hver i laget. De som har noe over fristen, står først. Velg en rad for å se hva det gjelder.</source>
            <translation>Measures from “My plan” and tasks from the team meetings, counted for each team member. Those with something past the deadline come first. Choose a row to see what it concerns.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="123" />
            <source>Samtykke til å dele informasjon</source>
            <translation>Consent to share information</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="130" />
            <source>Medlemmer</source>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="131" />
            <source>Velg en i laget for å endre kontaktinfo og ansvar. Alt lagres mens du skriver, og Ctrl+Z angrer.</source>
            <translation>Choose a team member to change contact details and responsibilities. Everything is saved as you type, and Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="169" />
            <source>Det du skrev om {who} for forrige ungdom, kunne ikke lagres. Det er forkastet og ikke tatt med hit.</source>
            <translation>What you wrote about {who} for the previous young person could not be saved. It has been discarded and not brought here.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="177" />
            <source>Laget kan ikke vises: {error}</source>
            <translation>The team cannot be shown: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="274" />
            <source>⚠ Mangler i laget: {groups}. Bydel, skole og politi bør alltid være med i laget (§3.1).</source>
            <translation>⚠ Missing from the team: {groups}. District, school and police should always be in the team (§3.1).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="284" />
            <source>⚠ Laget kan ikke dele informasjon med alle i laget: {roles}. Se «Deling av informasjon» i tabellen under.</source>
            <translation>⚠ The team cannot share information with everyone in the team: {roles}. See “Sharing of information” in the table below.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="342" />
            <source>{who} er tilbake i laget. Ctrl+Z angrer.</source>
            <translation>{who} is back in the team. Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="344" />
            <source>{who} har gått ut av laget og står nå under «Har gått ut av laget». Ctrl+Z angrer.</source>
            <translation>{who} has left the team and is now listed under “Has left the team”. Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="368" />
            <source>Samtykket fra {who} er registrert. Ctrl+Z angrer.</source>
            <translation>The consent from {who} has been registered. Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="381" />
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
            <location filename="../../lagmote/widgets/week_grid_paint.py" line="249" />
            <source>Fri tid</source>
            <translation>Free time</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/week_grid_paint.py" line="395" />
            <source>+ Ny (Enter)</source>
            <translation>+ New (Enter)</translation>
        </message>
    </context>
    <context>
        <name>WeekPage</name>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="78" />
            <source>Uka</source>
            <translation>The week</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="81" />
            <source>Uka etter standarden</source>
            <translation>The week according to the standard</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="83" />
            <location filename="../../lagmote/ui/week_page.py" line="119" />
            <source>Fri tid å fylle</source>
            <translation>Free time to fill</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="87" />
            <source>&amp;Ny aktivitet</source>
            <translation>&amp;New activity</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="88" />
            <source>S&amp;lett</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="117" />
            <source>Standarden</source>
            <translation>The standard</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="121" />
            <source>Valgt aktivitet</source>
            <translation>Chosen activity</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="258" />
            <source>Uka kunne ikke leses. {reason}</source>
            <translation>The week could not be read. {reason}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="264" />
            <source>Ingen lange tomrom etter skolen (før {end}).</source>
            <translation>No long gaps after school (before {end}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="266" />
            <source>Minst to timer uten avtaler, etter skolen og før {end}:</source>
            <translation>At least two hours without appointments, after school and before {end}:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="305" />
            <source>Velg en aktivitet i uka, eller dra over et tomt felt for å lage en ny. Med tastaturet: piltastene velger, Enter lager eller åpner, Alt+piltastene flytter, Shift+Alt+opp/ned endrer lengden.</source>
            <translation>Choose an activity in the week, or drag over an empty field to make a new one. With the keyboard: the arrow keys choose, Enter makes or opens, Alt+arrow keys move, Shift+Alt+up/down change the length.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="348" />
            <source>Ny aktivitet</source>
            <translation>New activity</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="365" />
            <source>Endre aktivitet</source>
            <translation>Edit activity</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="379" />
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
            <location filename="../../lagmote/ui/window_lock.py" line="81" />
            <source>Lagmøte (låst)</source>
            <translation>Lagmøte (locked)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/window_lock.py" line="96" />
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
