<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="nb_NO">
    <context>
        <name>ActionTableModel</name>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="176" />
            <source>Hva</source>
            <translation>Hva</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="177" />
            <source>Hvem</source>
            <translation>Hvem</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="178" />
            <source>Innen</source>
            <translation>Innen</translation>
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
            <translation>Rolle for den nye i laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="316" />
            <source>Navn (kan fylles inn senere)</source>
            <translation>Navn (kan fylles inn senere)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="317" />
            <source>Navn på den nye i laget</source>
            <translation>Navn på den nye i laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="318" />
            <source>Legg til i laget</source>
            <translation>Legg til i laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="321" />
            <source>Ny i laget:</source>
            <translation>Ny i laget:</translation>
        </message>
    </context>
    <context>
        <name>AgreedStep</name>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="64" />
            <location filename="../../lagmote/ui/meeting_agreed.py" line="298" />
            <source>Merk som gjort</source>
            <translation>Merk som gjort</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="65" />
            <source>Slett oppgaven</source>
            <translation>Slett oppgaven</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="66" />
            <source>Endre oppgaven</source>
            <translation>Endre oppgaven</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="70" />
            <source>Legg til oppgave</source>
            <translation>Legg til oppgave</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="71" />
            <location filename="../../lagmote/ui/meeting_agreed.py" line="79" />
            <source>Lagre endringen</source>
            <translation>Lagre endringen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="72" />
            <location filename="../../lagmote/ui/meeting_agreed.py" line="80" />
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="76" />
            <source>Legg til vedtak</source>
            <translation>Legg til vedtak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="77" />
            <source>Slett vedtaket</source>
            <translation>Slett vedtaket</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="78" />
            <source>Endre vedtaket</source>
            <translation>Endre vedtaket</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="97" />
            <source>Oppgaver</source>
            <translation>Oppgaver</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="100" />
            <source>Oppgaver fra lagmøtet</source>
            <translation>Oppgaver fra lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="105" />
            <source>Vedtak: dette ble laget enige om</source>
            <translation>Vedtak: dette ble laget enige om</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="109" />
            <source>Vedtak fra lagmøtet</source>
            <translation>Vedtak fra lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="112" />
            <source>Det laget ble enige om</source>
            <translation>Det laget ble enige om</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="113" />
            <location filename="../../lagmote/ui/meeting_agreed.py" line="279" />
            <source>Nytt vedtak</source>
            <translation>Nytt vedtak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="124" />
            <source>Hva skal gjøres?</source>
            <translation>Hva skal gjøres?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="125" />
            <location filename="../../lagmote/ui/meeting_agreed.py" line="273" />
            <source>Ny oppgave</source>
            <translation>Ny oppgave</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="126" />
            <source>Hvem gjør det</source>
            <translation>Hvem gjør det</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="129" />
            <source>Innen</source>
            <translation>Innen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="132" />
            <source>Hva:</source>
            <translation>Hva:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="132" />
            <source>Hvem:</source>
            <translation>Hvem:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="133" />
            <source>Innen:</source>
            <translation>Innen:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="198" />
            <source>Velg hvem</source>
            <translation>Velg hvem</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="273" />
            <source>Oppgaven som endres</source>
            <translation>Oppgaven som endres</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="279" />
            <source>Vedtaket som endres</source>
            <translation>Vedtaket som endres</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="298" />
            <source>Ikke gjort likevel</source>
            <translation>Ikke gjort likevel</translation>
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
            <translation>nøkkel i nøkkelringen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="110" />
            <source>låst med passord</source>
            <translation>låst med passord</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="112" />
            <source>{path} (kryptert, {key})</source>
            <translation>{path} (kryptert, {key})</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="149" />
            <source>Prøv igjen</source>
            <translation>Prøv igjen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="150" />
            <source>Avslutt</source>
            <translation>Avslutt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="187" />
            <source>Låse opp Lagmøte med nøkkelen i nøkkelringen?</source>
            <translation>Låse opp Lagmøte med nøkkelen i nøkkelringen?</translation>
        </message>
    </context>
    <context>
        <name>AreaRow</name>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="56" />
            <source>Ungdommen</source>
            <translation>Ungdommen</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="56" />
            <source>Laget</source>
            <translation>Laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="62" />
            <location filename="../../lagmote/widgets/area_row.py" line="220" />
            <location filename="../../lagmote/widgets/area_row.py" line="312" />
            <source>Ikke vurdert</source>
            <translation>Ikke vurdert</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="198" />
            <source>Område {number}: skjult</source>
            <translation>Område {number}: skjult</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="202" />
            <location filename="../../lagmote/widgets/area_row.py" line="325" />
            <source>Sensitivt område, skjult nå.</source>
            <translation>Sensitivt område, skjult nå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="258" />
            <source>Dette området er skjult nå.</source>
            <translation>Dette området er skjult nå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="268" />
            <source>Over tid ({who}): {values}</source>
            <translation>Over tid ({who}): {values}</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="324" />
            <source>Område {n}: skjult</source>
            <translation>Område {n}: skjult</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="331" />
            <source>Tast 1–5 for å vurdere, 0 for ikke vurdert. Du vurderer nå for {who}.</source>
            <translation>Tast 1–5 for å vurdere, 0 for ikke vurdert. Du vurderer nå for {who}.</translation>
        </message>
    </context>
    <context>
        <name>Attendees</name>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="50" />
            <location filename="../../lagmote/ui/meeting_attendees.py" line="93" />
            <source>Hvem er med i dag?</source>
            <translation>Hvem er med i dag?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="55" />
            <source>For eksempel «Tolk (arabisk)»</source>
            <translation>For eksempel «Tolk (arabisk)»</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="56" />
            <source>Navn på gjesten</source>
            <translation>Navn på gjesten</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="58" />
            <source>Gjestens rolle</source>
            <translation>Gjestens rolle</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="62" />
            <source>Legg til gjest</source>
            <translation>Legg til gjest</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="74" />
            <source>Gjester, som ikke er med i laget:</source>
            <translation>Gjester, som ikke er med i laget:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="77" />
            <source>Gjest:</source>
            <translation>Gjest:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="79" />
            <source>Rolle:</source>
            <translation>Rolle:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="93" />
            <source>Hvem var med?</source>
            <translation>Hvem var med?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="110" />
            <source>{n} til stede.</source>
            <translation>{n} til stede.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="112" />
            <source>{n} til stede, én av dem gjest.</source>
            <translation>{n} til stede, én av dem gjest.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="113" />
            <source>{n} til stede, {guests} av dem gjester.</source>
            <translation>{n} til stede, {guests} av dem gjester.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="144" />
            <source>Fjern</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="145" />
            <source>Fjern {who}</source>
            <translation>Fjern {who}</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="104" />
            <location filename="../../lagmote/ui/audit_dialog.py" line="123" />
            <source>Hvem har sett saken</source>
            <translation>Hvem har sett saken</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="107" />
            <source>&amp;Alle</source>
            <translation>&amp;Alle</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="108" />
            <source>&amp;Bare lesing</source>
            <translation>&amp;Bare lesing</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="110" />
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="151" />
            <source>Alle som har lest, endret, lagret eller skrevet ut saken, det nyeste først. Ungdommen har rett til å se dette. Listen kan ikke endres eller slettes.</source>
            <translation>Alle som har lest, endret, lagret eller skrevet ut saken, det nyeste først. Ungdommen har rett til å se dette. Listen kan ikke endres eller slettes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="159" />
            <source>Vis:</source>
            <translation>Vis:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="201" />
            <source>Ingen har lest eller endret saken ennå.</source>
            <translation>Ingen har lest eller endret saken ennå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="204" />
            <source>Viser de {n} siste hendelsene. Hele listen: «lagmote audit --youth {id}».</source>
            <translation>Viser de {n} siste hendelsene. Hele listen: «lagmote audit --youth {id}».</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="73" />
            <source>Når</source>
            <translation>Når</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="74" />
            <source>Hvem</source>
            <translation>Hvem</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="75" />
            <source>Hva</source>
            <translation>Hva</translation>
        </message>
    </context>
    <context>
        <name>ClosingWizard</name>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="61" />
            <source>Steg 1 av 3: Hvorfor avsluttes oppfølgingen?</source>
            <translation>Steg 1 av 3: Hvorfor avsluttes oppfølgingen?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="62" />
            <location filename="../../lagmote/ui/closing_wizard.py" line="68" />
            <source>Avsluttes fra</source>
            <translation>Avsluttes fra</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="65" />
            <source>Grunnen med egne ord</source>
            <translation>Grunnen med egne ord</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="74" />
            <source>Med egne ord (må fylles ut ved «Annet»):</source>
            <translation>Med egne ord (må fylles ut ved «Annet»):</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="88" />
            <source>Steg 2 av 3: Overføring og overganger</source>
            <translation>Steg 2 av 3: Overføring og overganger</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="90" />
            <source>Hvem følger opp videre, og hvem er kontaktperson? Overganger er sårbare: kryss av for de som kommer, og skriv hvordan laget følger dem opp.</source>
            <translation>Hvem følger opp videre, og hvem er kontaktperson? Overganger er sårbare: kryss av for de som kommer, og skriv hvordan laget følger dem opp.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="95" />
            <source>Hvem følger opp videre</source>
            <translation>Hvem følger opp videre</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="96" />
            <source>Tjenestene som følger opp, eller at ingen gjør det</source>
            <translation>Tjenestene som følger opp, eller at ingen gjør det</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="97" />
            <location filename="../../lagmote/ui/closing_wizard.py" line="104" />
            <source>Kontaktperson</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="98" />
            <location filename="../../lagmote/ui/closing_wizard.py" line="105" />
            <source>Tjeneste</source>
            <translation>Tjeneste</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="99" />
            <location filename="../../lagmote/ui/closing_wizard.py" line="106" />
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="101" />
            <source>Hvordan overgangene følges opp</source>
            <translation>Hvordan overgangene følges opp</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="103" />
            <source>Følges opp videre av</source>
            <translation>Følges opp videre av</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="110" />
            <source>Overganger</source>
            <translation>Overganger</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="111" />
            <source>Slik følges de opp</source>
            <translation>Slik følges de opp</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="121" />
            <source>Steg 3 av 3: Oppsummering</source>
            <translation>Steg 3 av 3: Oppsummering</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="123" />
            <source>Skriv kort hva oppfølgingen har ført til. Saken forsvinner fra listen over aktive ungdommer, men kan leses i arkivet, og ingenting slettes.</source>
            <translation>Skriv kort hva oppfølgingen har ført til. Saken forsvinner fra listen over aktive ungdommer, men kan leses i arkivet, og ingenting slettes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="128" />
            <source>Oppsummering</source>
            <translation>Oppsummering</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="148" />
            <source>Avslutning av oppfølgingen</source>
            <translation>Avslutning av oppfølgingen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="163" />
            <source>Neste</source>
            <translation>Neste</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="164" />
            <source>Tilbake</source>
            <translation>Tilbake</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="165" />
            <source>Avslutt oppfølgingen</source>
            <translation>Avslutt oppfølgingen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="166" />
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="206" />
            <source>avsluttet oppfølgingen</source>
            <translation>avsluttet oppfølgingen</translation>
        </message>
    </context>
    <context>
        <name>ConsentForm</name>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="80" />
            <source>Registrer samtykket</source>
            <translation>Registrer samtykket</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="87" />
            <source>Hvem gir samtykket</source>
            <translation>Hvem gir samtykket</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="90" />
            <source>Velg eller skriv navnet</source>
            <translation>Velg eller skriv navnet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="91" />
            <source>Rollen til den som samtykker</source>
            <translation>Rollen til den som samtykker</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="93" />
            <source>Med familiens egne ord, og andre enn rollene</source>
            <translation>Med familiens egne ord, og andre enn rollene</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="94" />
            <source>Kan deles med, med egne ord</source>
            <translation>Kan deles med, med egne ord</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="96" />
            <location filename="../../lagmote/ui/consent_form.py" line="120" />
            <source>Hvilken informasjon</source>
            <translation>Hvilken informasjon</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="97" />
            <source>Hvilken informasjon kan deles?</source>
            <translation>Hvilken informasjon kan deles?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="104" />
            <source>Samtykket gjelder fra</source>
            <translation>Samtykket gjelder fra</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="105" />
            <location filename="../../lagmote/ui/consent_form.py" line="122" />
            <source>Merknad</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="106" />
            <source>For eksempel: forklart med tolk</source>
            <translation>For eksempel: forklart med tolk</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="117" />
            <source>Gitt av</source>
            <translation>Gitt av</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="118" />
            <source>Kan deles med</source>
            <translation>Kan deles med</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="119" />
            <source>Andre / egne ord</source>
            <translation>Andre / egne ord</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="121" />
            <source>Form og dato</source>
            <translation>Form og dato</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="127" />
            <source>Nytt samtykke</source>
            <translation>Nytt samtykke</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="128" />
            <source>Under 18 år samtykker foresatte, etter å ha hørt ungdommen. Samtykket kan trekkes tilbake når som helst, uten grunn. Rollene med fet skrift er i laget nå.</source>
            <translation>Under 18 år samtykker foresatte, etter å ha hørt ungdommen. Samtykket kan trekkes tilbake når som helst, uten grunn. Rollene med fet skrift er i laget nå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="163" />
            <source>I laget nå</source>
            <translation>I laget nå</translation>
        </message>
    </context>
    <context>
        <name>ConsentRegister</name>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="48" />
            <source>Samtykker</source>
            <translation>Samtykker</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="51" />
            <source>Ingen samtykker er registrert ennå.</source>
            <translation>Ingen samtykker er registrert ennå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="53" />
            <source>Samtykkene vises ikke på storskjermen. Om laget kan dele informasjon med en rolle, står ved rollen over.</source>
            <translation>Samtykkene vises ikke på storskjermen. Om laget kan dele informasjon med en rolle, står ved rollen over.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="61" />
            <source>Trekk tilbake</source>
            <translation>Trekk tilbake</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="63" />
            <location filename="../../lagmote/ui/consent_view.py" line="191" />
            <source>Nytt samtykke …</source>
            <translation>Nytt samtykke …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="76" />
            <source>Trukket tilbake fra og med</source>
            <translation>Trukket tilbake fra og med</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="158" />
            <source>Velg et samtykke i listen for å trekke det tilbake.</source>
            <translation>Velg et samtykke i listen for å trekke det tilbake.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="160" />
            <source>Samtykket fra {who} er allerede trukket tilbake.</source>
            <translation>Samtykket fra {who} er allerede trukket tilbake.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="164" />
            <source>Samtykket fra {who} trekkes tilbake fra og med</source>
            <translation>Samtykket fra {who} trekkes tilbake fra og med</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="191" />
            <source>Skjul skjemaet</source>
            <translation>Skjul skjemaet</translation>
        </message>
    </context>
    <context>
        <name>ConsentTableModel</name>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="317" />
            <source>Gitt av</source>
            <translation>Gitt av</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="318" />
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="319" />
            <source>Kan deles med</source>
            <translation>Kan deles med</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="320" />
            <source>Hva</source>
            <translation>Hva</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="321" />
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="322" />
            <source>Fra</source>
            <translation>Fra</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="323" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="366" />
            <source>Merknad: {note}</source>
            <translation>Merknad: {note}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="384" />
            <source>⚠ Trukket tilbake {date}</source>
            <translation>⚠ Trukket tilbake {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="388" />
            <source>… Gjelder fra {date}</source>
            <translation>… Gjelder fra {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="392" />
            <source>✓ Gjelder til {date}</source>
            <translation>✓ Gjelder til {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="395" />
            <source>✓ Gjelder</source>
            <translation>✓ Gjelder</translation>
        </message>
    </context>
    <context>
        <name>CoordinationStep</name>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="155" />
            <source>Notat (bare for laget)</source>
            <translation>Notat (bare for laget)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="164" />
            <source>Lagets notater fra møtet (bare for laget)</source>
            <translation>Lagets notater fra møtet (bare for laget)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="165" />
            <source>Det laget trenger å huske, som ikke hører hjemme i «Min plan».</source>
            <translation>Det laget trenger å huske, som ikke hører hjemme i «Min plan».</translation>
        </message>
    </context>
    <context>
        <name>DailyBackup</name>
        <message>
            <location filename="../../lagmote/ui/daily_backup.py" line="75" />
            <source>Sikkerhetskopi</source>
            <translation>Sikkerhetskopi</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/daily_backup.py" line="113" />
            <source>Ingen daglig sikkerhetskopi: {why}</source>
            <translation>Ingen daglig sikkerhetskopi: {why}</translation>
        </message>
    </context>
    <context>
        <name>DecisionListModel</name>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="216" />
            <source>Vedtak</source>
            <translation>Vedtak</translation>
        </message>
    </context>
    <context>
        <name>DutiesView</name>
        <message>
            <location filename="../../lagmote/ui/team_duties.py" line="31" />
            <source>Hvem gjør hva</source>
            <translation>Hvem gjør hva</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_duties.py" line="36" />
            <source>Tiltak og oppgaver</source>
            <translation>Tiltak og oppgaver</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_duties.py" line="40" />
            <source>Ingen tiltak eller oppgaver ennå.</source>
            <translation>Ingen tiltak eller oppgaver ennå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_duties.py" line="71" />
            <source>⚠ {count} åpne tiltak eller oppgaver står på noen som har gått ut av laget ({names}). Gi dem til en annen i laget.</source>
            <translation>⚠ {count} åpne tiltak eller oppgaver står på noen som har gått ut av laget ({names}). Gi dem til en annen i laget.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_duties.py" line="109" />
            <source>Tiltak og oppgaver for {who}</source>
            <translation>Tiltak og oppgaver for {who}</translation>
        </message>
    </context>
    <context>
        <name>DutyItemModel</name>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="245" />
            <source>Hva</source>
            <translation>Hva</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="246" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="247" />
            <source>Frist</source>
            <translation>Frist</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="248" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="272" />
            <source>Tiltak under et mål som er skjult i møtet</source>
            <translation>Tiltak under et mål som er skjult i møtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="276" />
            <source>Tiltak</source>
            <translation>Tiltak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="277" />
            <source>Oppgave</source>
            <translation>Oppgave</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="280" />
            <source>Ingen frist</source>
            <translation>Ingen frist</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="290" />
            <source>Gjort</source>
            <translation>Gjort</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="292" />
            <source>Avbrutt</source>
            <translation>Avbrutt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="293" />
            <source>Åpen</source>
            <translation>Åpen</translation>
        </message>
    </context>
    <context>
        <name>DutyTableModel</name>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="192" />
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="193" />
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="194" />
            <source>Åpne</source>
            <translation>Åpne</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="195" />
            <source>Gjort</source>
            <translation>Gjort</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="196" />
            <source>For sent</source>
            <translation>For sent</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="230" />
            <source>{symbol} {count} for sent</source>
            <translation>{symbol} {count} for sent</translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="61" />
            <source>00:00 som slutt betyr midnatt (24:00).</source>
            <translation>00:00 som slutt betyr midnatt (24:00).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="65" />
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="66" />
            <source>&amp;Hva</source>
            <translation>&amp;Hva</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="67" />
            <source>&amp;Sted</source>
            <translation>&amp;Sted</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="68" />
            <source>&amp;Dag</source>
            <translation>&amp;Dag</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="69" />
            <source>&amp;Fra</source>
            <translation>&amp;Fra</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="70" />
            <source>&amp;Til</source>
            <translation>&amp;Til</translation>
        </message>
    </context>
    <context>
        <name>EvaluationPage</name>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="68" />
            <source>Frist for evaluering</source>
            <translation>Frist for evaluering</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="71" />
            <source> måneder</source>
            <translation> måneder</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="72" />
            <location filename="../../lagmote/ui/evaluation_page.py" line="97" />
            <source>Evaluering minst hver</source>
            <translation>Evaluering minst hver</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="73" />
            <location filename="../../lagmote/ui/evaluation_page.py" line="198" />
            <source>Ny evaluering …</source>
            <translation>Ny evaluering …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="74" />
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="60" />
            <source>Slett utkastet</source>
            <translation>Slett utkastet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="75" />
            <source>Åpne som utkast</source>
            <translation>Åpne som utkast</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="76" />
            <source>Lagre som PDF …</source>
            <translation>Lagre som PDF …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="77" />
            <source>Den siste fullførte evalueringen, til laget</source>
            <translation>Den siste fullførte evalueringen, til laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="82" />
            <source>Avslutt oppfølgingen …</source>
            <translation>Avslutt oppfølgingen …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="83" />
            <source>Gjenåpne oppfølgingen</source>
            <translation>Gjenåpne oppfølgingen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="84" />
            <source>Arkiver og slett saken …</source>
            <translation>Arkiver og slett saken …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="86" />
            <source>Skriver saken (JSON) og hele planen (PDF) i en mappe, og sletter den så</source>
            <translation>Skriver saken (JSON) og hele planen (PDF) i en mappe, og sletter den så</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="94" />
            <location filename="../../lagmote/ui/evaluation_page.py" line="264" />
            <source>Jevnlig evaluering</source>
            <translation>Jevnlig evaluering</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="101" />
            <source>(gjelder alle ungdommer i databasen)</source>
            <translation>(gjelder alle ungdommer i databasen)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="117" />
            <source>Evalueringen</source>
            <translation>Evalueringen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="119" />
            <source>Avslutning</source>
            <translation>Avslutning</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="131" />
            <source>Evalueringer</source>
            <translation>Evalueringer</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="156" />
            <source>Evalueringene kan ikke vises: {error}</source>
            <translation>Evalueringene kan ikke vises: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="198" />
            <source>Fortsett utkastet …</source>
            <translation>Fortsett utkastet …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="224" />
            <source>Ingen evaluering ennå. Trykk «Ny evaluering».</source>
            <translation>Ingen evaluering ennå. Trykk «Ny evaluering».</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="265" />
            <source>Evalueringen anbefaler å avslutte oppfølgingen. Gå videre til avslutningen nå?</source>
            <translation>Evalueringen anbefaler å avslutte oppfølgingen. Gå videre til avslutningen nå?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="278" />
            <source>Oppfølgingen er avsluttet. Saken er flyttet til arkivet. Ctrl+Z angrer.</source>
            <translation>Oppfølgingen er avsluttet. Saken er flyttet til arkivet. Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="61" />
            <source>Slette utkastet til evaluering fra {day}? Det som er skrevet i det, blir borte.</source>
            <translation>Slette utkastet til evaluering fra {day}? Det som er skrevet i det, blir borte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="81" />
            <source>åpnet evalueringen som utkast</source>
            <translation>åpnet evalueringen som utkast</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="94" />
            <source>Lagre evalueringen som PDF</source>
            <translation>Lagre evalueringen som PDF</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="94" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="112" />
            <source>Evalueringen er lagret som PDF.</source>
            <translation>Evalueringen er lagret som PDF.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="123" />
            <source>endret evalueringsintervallet</source>
            <translation>endret evalueringsintervallet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="131" />
            <source>Velg mappen til arkivet</source>
            <translation>Velg mappen til arkivet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="136" />
            <source>Arkiver og slett saken</source>
            <translation>Arkiver og slett saken</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="138" />
            <source>Saken skrives til mappen (hele saken som JSON og hele planen som PDF), og slettes så fra databasen. Det kan ikke angres. Fortsette?</source>
            <translation>Saken skrives til mappen (hele saken som JSON og hele planen som PDF), og slettes så fra databasen. Det kan ikke angres. Fortsette?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="143" />
            <source>Arkiver og slett</source>
            <translation>Arkiver og slett</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="144" />
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="175" />
            <source>gjenåpnet oppfølgingen</source>
            <translation>gjenåpnet oppfølgingen</translation>
        </message>
    </context>
    <context>
        <name>EvaluationShown</name>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="54" />
            <source>{n} spørsmål</source>
            <translation>{n} spørsmål</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="54" />
            <source>ingen</source>
            <translation>ingen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="69" />
            <source>Evaluering</source>
            <translation>Evaluering</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="70" />
            <source>Perioden</source>
            <translation>Perioden</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="71" />
            <source>Tilbakemelding fra</source>
            <translation>Tilbakemelding fra</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="75" />
            <source>Svarene vises ikke i møtemodus.</source>
            <translation>Svarene vises ikke i møtemodus.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="79" />
            <source>Anbefaling</source>
            <translation>Anbefaling</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="81" />
            <source>Begrunnelse</source>
            <translation>Begrunnelse</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="83" />
            <source>Om uenigheten</source>
            <translation>Om uenigheten</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="99" />
            <source>Uenighet</source>
            <translation>Uenighet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="108" />
            <source>Oppfølgingen er avsluttet. Avslutningen er ikke registrert i programmet.</source>
            <translation>Oppfølgingen er avsluttet. Avslutningen er ikke registrert i programmet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="111" />
            <source>Den siste evalueringen anbefaler at oppfølgingen avsluttes. Gå gjennom avslutningen: grunn, overføring, overganger og oppsummering.</source>
            <translation>Den siste evalueringen anbefaler at oppfølgingen avsluttes. Gå gjennom avslutningen: grunn, overføring, overganger og oppsummering.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="115" />
            <source>Oppfølgingen pågår.</source>
            <translation>Oppfølgingen pågår.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="118" />
            <source>Oppfølgingen ble avsluttet {day}.</source>
            <translation>Oppfølgingen ble avsluttet {day}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="119" />
            <source>Grunn</source>
            <translation>Grunn</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="123" />
            <source>Følges opp videre av</source>
            <translation>Følges opp videre av</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="126" />
            <source>Kontaktperson</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="129" />
            <source>Overganger</source>
            <translation>Overganger</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="130" />
            <source>Oppsummering</source>
            <translation>Oppsummering</translation>
        </message>
    </context>
    <context>
        <name>EvaluationTableModel</name>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="32" />
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="33" />
            <source>Periode</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="34" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="35" />
            <source>Neste evaluering</source>
            <translation>Neste evaluering</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="36" />
            <source>Uenighet</source>
            <translation>Uenighet</translation>
        </message>
    </context>
    <context>
        <name>EvaluationWizard</name>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="57" />
            <source>Grunnlag fra journalen</source>
            <translation>Grunnlag fra journalen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="59" />
            <source>Dette fyller programmet inn fra planen, kartleggingene og lagmøtene.</source>
            <translation>Dette fyller programmet inn fra planen, kartleggingene og lagmøtene.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="71" />
            <source>Etter {whose}</source>
            <translation>Etter {whose}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="78" />
            <source>Målene</source>
            <translation>Målene</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="80" />
            <source>Kartlegging: første og siste</source>
            <translation>Kartlegging: første og siste</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="93" />
            <source>Lagmøter holdt i tide</source>
            <translation>Lagmøter holdt i tide</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="95" />
            <source>Oppgaver fra lagmøtene</source>
            <translation>Oppgaver fra lagmøtene</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="116" />
            <source>Ingen mål i perioden.</source>
            <translation>Ingen mål i perioden.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="50" />
            <source>Steg {n} av {total}: {title}</source>
            <translation>Steg {n} av {total}: {title}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="101" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="123" />
            <source>Periode og deltakere</source>
            <translation>Periode og deltakere</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="125" />
            <source>Evalueringen bygger på tilbakemeldinger fra ungdommen, foresatte, fagansvarlig, én-til-én-oppfølger og samarbeidspartnere. Fagansvarlig har ansvar for at den blir gjort (§7.7).</source>
            <translation>Evalueringen bygger på tilbakemeldinger fra ungdommen, foresatte, fagansvarlig, én-til-én-oppfølger og samarbeidspartnere. Fagansvarlig har ansvar for at den blir gjort (§7.7).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="133" />
            <location filename="../../lagmote/ui/evaluation_pages.py" line="159" />
            <source>Dato for evalueringen</source>
            <translation>Dato for evalueringen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="134" />
            <source>Perioden fra</source>
            <translation>Perioden fra</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="136" />
            <source>Perioden til</source>
            <translation>Perioden til</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="138" />
            <location filename="../../lagmote/ui/evaluation_pages.py" line="161" />
            <source>Hvem var med</source>
            <translation>Hvem var med</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="139" />
            <source>For eksempel: Emil, mor, oppfølgeren</source>
            <translation>For eksempel: Emil, mor, oppfølgeren</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="160" />
            <source>Perioden som evalueres</source>
            <translation>Perioden som evalueres</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="162" />
            <source>Tilbakemelding fra</source>
            <translation>Tilbakemelding fra</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="203" />
            <source>Svar fra {who}</source>
            <translation>Svar fra {who}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="206" />
            <source>Ikke vurdert</source>
            <translation>Ikke vurdert</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="208" />
            <source>Vurdering:</source>
            <translation>Vurdering:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="236" />
            <source>Spørsmål {n} av {total}</source>
            <translation>Spørsmål {n} av {total}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="246" />
            <location filename="../../lagmote/ui/evaluation_pages.py" line="330" />
            <source>Uenighet</source>
            <translation>Uenighet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="282" />
            <source>Perspektivene vurderer dette ulikt. Det tas vare på slik, uten snitt.</source>
            <translation>Perspektivene vurderer dette ulikt. Det tas vare på slik, uten snitt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="297" />
            <source>Anbefaling</source>
            <translation>Anbefaling</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="298" />
            <source>Skal oppfølgingen avsluttes eller videreføres? Skriv hvorfor.</source>
            <translation>Skal oppfølgingen avsluttes eller videreføres? Skriv hvorfor.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="307" />
            <location filename="../../lagmote/ui/evaluation_pages.py" line="327" />
            <source>Begrunnelse</source>
            <translation>Begrunnelse</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="311" />
            <location filename="../../lagmote/ui/evaluation_pages.py" line="328" />
            <source>Neste evaluering</source>
            <translation>Neste evaluering</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="314" />
            <source>Hvordan laget vurderer uenigheten</source>
            <translation>Hvordan laget vurderer uenigheten</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="344" />
            <source>Perspektivene er uenige om:</source>
            <translation>Perspektivene er uenige om:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="347" />
            <source>Perspektivene er enige, eller har ikke vurdert.</source>
            <translation>Perspektivene er enige, eller har ikke vurdert.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="52" />
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="162" />
            <source>Jevnlig evaluering</source>
            <translation>Jevnlig evaluering</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="70" />
            <source>Neste</source>
            <translation>Neste</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="71" />
            <source>Tilbake</source>
            <translation>Tilbake</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="72" />
            <source>Fullfør evalueringen</source>
            <translation>Fullfør evalueringen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="73" />
            <source>Lukk (utkastet lagres)</source>
            <translation>Lukk (utkastet lagres)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="138" />
            <source>fullførte evalueringen</source>
            <translation>fullførte evalueringen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="163" />
            <source>Utkastet kunne ikke lagres: {why} Lukke likevel og miste det du skrev?</source>
            <translation>Utkastet kunne ikke lagres: {why} Lukke likevel og miste det du skrev?</translation>
        </message>
    </context>
    <context>
        <name>Failures</name>
        <message>
            <location filename="../../lagmote/ui/failures.py" line="22" />
            <source>Noe gikk galt ({kind}). Prøv igjen, eller start programmet på nytt.</source>
            <translation>Noe gikk galt ({kind}). Prøv igjen, eller start programmet på nytt.</translation>
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
            <translation>Slett mål</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="92" />
            <source>Vis</source>
            <translation>Vis</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="113" />
            <source>Ikke valgt</source>
            <translation>Ikke valgt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="116" />
            <location filename="../../lagmote/ui/plan_goal_card.py" line="150" />
            <source>Område i kartleggingen</source>
            <translation>Område i kartleggingen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="147" />
            <source>Målet, med ungdommens egne ord</source>
            <translation>Målet, med ungdommens egne ord</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="148" />
            <source>Målet</source>
            <translation>Målet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="151" />
            <location filename="../../lagmote/ui/plan_goal_card.py" line="152" />
            <source>Hvorfor er målet viktig?</source>
            <translation>Hvorfor er målet viktig?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="153" />
            <source>Målstigen: hvordan går det?</source>
            <translation>Målstigen: hvordan går det?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="158" />
            <source>Tiltak for dette målet</source>
            <translation>Tiltak for dette målet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="174" />
            <source>Skriv hva hvert trinn på stigen betyr</source>
            <translation>Skriv hva hvert trinn på stigen betyr</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="211" />
            <source>Mål {number}</source>
            <translation>Mål {number}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="213" />
            <source>Vis mål {number}</source>
            <translation>Vis mål {number}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="324" />
            <source>Ikke vurdert ennå. Velg et trinn på stigen.</source>
            <translation>Ikke vurdert ennå. Velg et trinn på stigen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="326" />
            <source>i dag ({date})</source>
            <translation>i dag ({date})</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="327" />
            <source> på lagmøtet</source>
            <translation> på lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="328" />
            <source>Vurdert {when}{where}: {rating}.</source>
            <translation>Vurdert {when}{where}: {rating}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="332" />
            <source>Notat: {note}</source>
            <translation>Notat: {note}</translation>
        </message>
    </context>
    <context>
        <name>GoalLadder</name>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="49" />
            <source>{label} – dette sikter vi mot</source>
            <translation>{label} – dette sikter vi mot</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="51" />
            <source>Ikke beskrevet ennå.</source>
            <translation>Ikke beskrevet ennå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="63" />
            <source>Målstige</source>
            <translation>Målstige</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="64" />
            <source>Mål: {text}.</source>
            <translation>Mål: {text}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="66" />
            <source>Ikke vurdert ennå.</source>
            <translation>Ikke vurdert ennå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="67" />
            <source>Nå: {rating}.</source>
            <translation>Nå: {rating}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="69" />
            <source>Start: {value}.</source>
            <translation>Start: {value}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="80" />
            <source>Vurder i dag: trykk tallet ved trinnet (1–5) eller klikk. − og + flytter ett trinn.</source>
            <translation>Vurder i dag: trykk tallet ved trinnet (1–5) eller klikk. − og + flytter ett trinn.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="87" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="87" />
            <source>Nå</source>
            <translation>Nå</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="94" />
            <source>{date} (lagmøte)</source>
            <translation>{date} (lagmøte)</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="104" />
            <source>Tast {key} velger dette trinnet.</source>
            <translation>Tast {key} velger dette trinnet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="114" />
            <source>Ikke vurdert ennå</source>
            <translation>Ikke vurdert ennå</translation>
        </message>
    </context>
    <context>
        <name>GoalRow</name>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="57" />
            <source>Vis</source>
            <translation>Vis</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="77" />
            <source>Mål {number}</source>
            <translation>Mål {number}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="80" />
            <source>Mål {number}: {text}</source>
            <translation>Mål {number}: {text}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="83" />
            <source>Vis mål {number}</source>
            <translation>Vis mål {number}</translation>
        </message>
    </context>
    <context>
        <name>GoalsStep</name>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="121" />
            <source>Flytt møtet til i dag</source>
            <translation>Flytt møtet til i dag</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="123" />
            <source>«Min plan» har ingen mål ennå. Skriv dem inn på siden «Min plan».</source>
            <translation>«Min plan» har ingen mål ennå. Skriv dem inn på siden «Min plan».</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="129" />
            <source>Notat</source>
            <translation>Notat</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="167" />
            <source>Vurderingene du gjør nå, lagres for i dag og knyttes til dette lagmøtet.</source>
            <translation>Vurderingene du gjør nå, lagres for i dag og knyttes til dette lagmøtet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="171" />
            <source>Dette lagmøtet ble holdt {date}. Stigene viser vurderingene slik de var da; nye vurderinger gjøres på lagmøtet som holdes i dag, eller i «Min plan».</source>
            <translation>Dette lagmøtet ble holdt {date}. Stigene viser vurderingene slik de var da; nye vurderinger gjøres på lagmøtet som holdes i dag, eller i «Min plan».</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="178" />
            <source>Lagmøtet er datert {date}. Vurderinger du gjør nå, lagres for i dag og knyttes ikke til dette møtet før det flyttes til i dag.</source>
            <translation>Lagmøtet er datert {date}. Vurderinger du gjør nå, lagres for i dag og knyttes ikke til dette møtet før det flyttes til i dag.</translation>
        </message>
    </context>
    <context>
        <name>KartleggingActions</name>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="67" />
            <source>vurdering i kartleggingen</source>
            <translation>vurdering i kartleggingen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="81" />
            <source>ny kartlegging</source>
            <translation>ny kartlegging</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="87" />
            <source>sletting av kartlegging</source>
            <translation>sletting av kartlegging</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="97" />
            <source>endring av kartlegging</source>
            <translation>endring av kartlegging</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="106" />
            <source>sensitive områder</source>
            <translation>sensitive områder</translation>
        </message>
    </context>
    <context>
        <name>KartleggingChart</name>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="99" />
            <source>Over tid</source>
            <translation>Over tid</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="100" />
            <source>Ungdommen og laget</source>
            <translation>Ungdommen og laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="102" />
            <source>Vis som tabell</source>
            <translation>Vis som tabell</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="128" />
            <source>Kartlegging som tabell</source>
            <translation>Kartlegging som tabell</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="185" />
            <source>Ingen kartlegging å vise ennå</source>
            <translation>Ingen kartlegging å vise ennå</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="189" />
            <source>Ungdommen og laget, {date}</source>
            <translation>Ungdommen og laget, {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="192" />
            <source>Ungdommen</source>
            <translation>Ungdommen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="193" />
            <source>Laget</source>
            <translation>Laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="198" />
            <source>Over tid: {whose}</source>
            <translation>Over tid: {whose}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="213" />
            <source>Nå</source>
            <translation>Nå</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="213" />
            <source>Valgt</source>
            <translation>Valgt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="215" />
            <source>Første</source>
            <translation>Første</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="217" />
            <source>Forrige</source>
            <translation>Forrige</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="225" />
            <source>Skjul sensitive områder</source>
            <translation>Skjul sensitive områder</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="225" />
            <source>Vis sensitive områder</source>
            <translation>Vis sensitive områder</translation>
        </message>
    </context>
    <context>
        <name>KartleggingEditor</name>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="65" />
            <source>Ny kartlegging</source>
            <translation>Ny kartlegging</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="66" />
            <source>Slett kartleggingen</source>
            <translation>Slett kartleggingen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="76" />
            <source>Sensitivt område</source>
            <translation>Sensitivt område</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="93" />
            <source>Kartlegging</source>
            <translation>Kartlegging</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="98" />
            <source>Ingen kartlegging ennå. Trykk «Ny kartlegging» for å begynne.</source>
            <translation>Ingen kartlegging ennå. Trykk «Ny kartlegging» for å begynne.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="117" />
            <source>Velg kartlegging</source>
            <translation>Velg kartlegging</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="124" />
            <source>Dato for kartleggingen</source>
            <translation>Dato for kartleggingen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="126" />
            <source>Kartlegging:</source>
            <translation>Kartlegging:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="129" />
            <source>Dato:</source>
            <translation>Dato:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="141" />
            <source>Du vurderer for:</source>
            <translation>Du vurderer for:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="149" />
            <source>Tast 1–5 for å vurdere, 0 for ikke vurdert, og Tab for å gå til neste område.</source>
            <translation>Tast 1–5 for å vurdere, 0 for ikke vurdert, og Tab for å gå til neste område.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="162" />
            <source>Ressurser – det som går bra</source>
            <translation>Ressurser – det som går bra</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="162" />
            <source>Risiko – det som er vanskelig</source>
            <translation>Risiko – det som er vanskelig</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="169" />
            <source>Skjules på skjermen i møtet og på arket til familien.</source>
            <translation>Skjules på skjermen i møtet og på arket til familien.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="220" />
            <source>{number}. kartlegging, {date} ({count} av 12 vurdert)</source>
            <translation>{number}. kartlegging, {date} ({count} av 12 vurdert)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="238" />
            <source>Velg et område for å skrive om ressurser og risiko.</source>
            <translation>Velg et område for å skrive om ressurser og risiko.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="240" />
            <source>Området er skjult nå.</source>
            <translation>Området er skjult nå.</translation>
        </message>
    </context>
    <context>
        <name>KartleggingPage</name>
        <message>
            <location filename="../../lagmote/ui/kartlegging_page.py" line="89" />
            <source>Kartleggingen kan ikke vises: {error}</source>
            <translation>Kartleggingen kan ikke vises: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_page.py" line="192" />
            <source>Kartleggingen fra {date} er slettet. Ctrl+Z angrer.</source>
            <translation>Kartleggingen fra {date} er slettet. Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_page.py" line="252" />
            <source>Skjul vurderingene</source>
            <translation>Skjul vurderingene</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_page.py" line="252" />
            <source>Vis vurderingene</source>
            <translation>Vis vurderingene</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../lagmote/ui/lock.py" line="85" />
            <source>Lagmøte er låst</source>
            <translation>Lagmøte er låst</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/lock.py" line="92" />
            <source>Ingen personopplysninger vises, og nøkkelen til databasen er lagt bort.
Lås opp med passordet eller nøkkelringen.</source>
            <translation>Ingen personopplysninger vises, og nøkkelen til databasen er lagt bort.
Lås opp med passordet eller nøkkelringen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/lock.py" line="101" />
            <source>&amp;Lås opp …</source>
            <translation>&amp;Lås opp …</translation>
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
            <translation>Ungdommer</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="118" />
            <source>Database: {location}</source>
            <translation>Database: {location}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="124" />
            <source>&amp;Fil</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="126" />
            <source>&amp;Planen på én side (skriv ut eller PDF) …</source>
            <translation>&amp;Planen på én side (skriv ut eller PDF) …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="133" />
            <source>&amp;Gjenopprettingsnøkkel …</source>
            <translation>&amp;Gjenopprettingsnøkkel …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="138" />
            <source>&amp;Innstillinger …</source>
            <translation>&amp;Innstillinger …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="145" />
            <source>&amp;Lås nå</source>
            <translation>&amp;Lås nå</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="150" />
            <source>&amp;Avslutt</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="152" />
            <source>&amp;Vis</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="154" />
            <source>&amp;Møtemodus (for prosjektor)</source>
            <translation>&amp;Møtemodus (for prosjektor)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="161" />
            <source>&amp;Last inn på nytt</source>
            <translation>&amp;Last inn på nytt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="165" />
            <source>Vis &amp;avsluttede saker (arkiv)</source>
            <translation>Vis &amp;avsluttede saker (arkiv)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="171" />
            <source>&amp;Hvem har sett saken …</source>
            <translation>&amp;Hvem har sett saken …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="178" />
            <source>Gå ut av møtemodus</source>
            <translation>Gå ut av møtemodus</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="182" />
            <source>&amp;Hjelp</source>
            <translation>&amp;Hjelp</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="183" />
            <source>&amp;Om Lagmøte</source>
            <translation>&amp;Om Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="202" />
            <source>&amp;Rediger</source>
            <translation>&amp;Rediger</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="203" />
            <source>&amp;Angre</source>
            <translation>&amp;Angre</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="205" />
            <source>&amp;Gjør om</source>
            <translation>&amp;Gjør om</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="228" />
            <source>Ingen ungdommer ennå. Importer en ungdom fra en JSON-fil, eller lag demodata med «lagmote demo».</source>
            <translation>Ingen ungdommer ennå. Importer en ungdom fra en JSON-fil, eller lag demodata med «lagmote demo».</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="396" />
            <source>Kunne ikke lese databasen.</source>
            <translation>Kunne ikke lese databasen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="400" />
            <source>Åpner databasen …</source>
            <translation>Åpner databasen …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="445" />
            <source>Om Lagmøte</source>
            <translation>Om Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="446" />
            <source>Lagmøte {version}
Planen, uka og laget rundt én ungdom i Oslomodellen for én-til-én-oppfølging.</source>
            <translation>Lagmøte {version}
Planen, uka og laget rundt én ungdom i Oslomodellen for én-til-én-oppfølging.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="476" />
            <source>Noe av det du skrev, kunne ikke lagres. Lukke likevel og miste det?</source>
            <translation>Noe av det du skrev, kunne ikke lagres. Lukke likevel og miste det?</translation>
        </message>
    </context>
    <context>
        <name>MeetingActions</name>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="55" />
            <source>nytt lagmøte</source>
            <translation>nytt lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="61" />
            <source>sletting av lagmøte</source>
            <translation>sletting av lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="71" />
            <source>ny dato for lagmøtet</source>
            <translation>ny dato for lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="80" />
            <source>tekst i lagmøtet</source>
            <translation>tekst i lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="90" />
            <source>notat i lagmøtet</source>
            <translation>notat i lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="103" />
            <source>Møtet er datert {date}, fram i tid. Sett datoen til dagen møtet ble holdt før du avslutter det.</source>
            <translation>Møtet er datert {date}, fram i tid. Sett datoen til dagen møtet ble holdt før du avslutter det.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="110" />
            <source>avsluttet lagmøte</source>
            <translation>avsluttet lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="110" />
            <source>gjenåpnet lagmøte</source>
            <translation>gjenåpnet lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="125" />
            <source>gjest på lagmøtet</source>
            <translation>gjest på lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="125" />
            <source>til stede på lagmøtet</source>
            <translation>til stede på lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="131" />
            <source>ikke til stede på lagmøtet</source>
            <translation>ikke til stede på lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="144" />
            <source>nytt vedtak</source>
            <translation>nytt vedtak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="149" />
            <source>sletting av vedtak</source>
            <translation>sletting av vedtak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="160" />
            <source>endring av vedtak</source>
            <translation>endring av vedtak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="171" />
            <source>ny oppgave</source>
            <translation>ny oppgave</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="179" />
            <source>endring av oppgave</source>
            <translation>endring av oppgave</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="188" />
            <source>Velg hvem som skal gjøre oppgaven.</source>
            <translation>Velg hvem som skal gjøre oppgaven.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="195" />
            <source>sletting av oppgave</source>
            <translation>sletting av oppgave</translation>
        </message>
    </context>
    <context>
        <name>MeetingList</name>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="49" />
            <source>Åpne møtet</source>
            <translation>Åpne møtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="50" />
            <source>Slett det planlagte møtet</source>
            <translation>Slett det planlagte møtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="52" />
            <source>Ingen lagmøter ennå. Planlegg det første til høyre.</source>
            <translation>Ingen lagmøter ennå. Planlegg det første til høyre.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="54" />
            <source>Planlegg neste lagmøte</source>
            <translation>Planlegg neste lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="64" />
            <source>Lagmøtene</source>
            <translation>Lagmøtene</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="75" />
            <source>Bare et planlagt møte der ingenting er skrevet inn, kan slettes.</source>
            <translation>Bare et planlagt møte der ingenting er skrevet inn, kan slettes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="82" />
            <source>Lagmøter</source>
            <translation>Lagmøter</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="85" />
            <source>Velg et møte og åpne det for å gå gjennom dagsordenen.</source>
            <translation>Velg et møte og åpne det for å gå gjennom dagsordenen.</translation>
        </message>
    </context>
    <context>
        <name>MeetingListModel</name>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="102" />
            <source>Nr.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="103" />
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="104" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="105" />
            <source>Skrevet inn</source>
            <translation>Skrevet inn</translation>
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
            <translation>Lagmøtene kan ikke vises: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page.py" line="240" />
            <source>Det du skrev i {where}, kunne ikke lagres. Det er forkastet og er ikke tatt med videre.</source>
            <translation>Det du skrev i {where}, kunne ikke lagres. Det er forkastet og er ikke tatt med videre.</translation>
        </message>
    </context>
    <context>
        <name>MeetingPageChanges</name>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="103" />
            <source>Lagmøtet {date} er planlagt. Ctrl+Z angrer.</source>
            <translation>Lagmøtet {date} er planlagt. Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="109" />
            <source>Åpne møtet</source>
            <translation>Åpne møtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="125" />
            <source>{title} er slettet. Ctrl+Z angrer.</source>
            <translation>{title} er slettet. Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="143" />
            <source>Lagmøtet er avsluttet og lagret som holdt. Ctrl+Z angrer.</source>
            <translation>Lagmøtet er avsluttet og lagret som holdt. Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="145" />
            <source>Lagmøtet er åpnet igjen. Ctrl+Z angrer.</source>
            <translation>Lagmøtet er åpnet igjen. Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="203" />
            <source>Velg hvem som skal gjøre oppgaven.</source>
            <translation>Velg hvem som skal gjøre oppgaven.</translation>
        </message>
    </context>
    <context>
        <name>MeetingPlanner</name>
        <message>
            <location filename="../../lagmote/ui/meeting_plan.py" line="59" />
            <source>Dato for lagmøtet</source>
            <translation>Dato for lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_plan.py" line="62" />
            <source>Planlegg lagmøte</source>
            <translation>Planlegg lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_plan.py" line="73" />
            <source>Dato:</source>
            <translation>Dato:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_plan.py" line="98" />
            <source>Ingen dato å foreslå: oppstartsmøtet er ikke holdt, eller oppfølgingen er avsluttet.</source>
            <translation>Ingen dato å foreslå: oppstartsmøtet er ikke holdt, eller oppfølgingen er avsluttet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_plan.py" line="105" />
            <source>Forslag: {date}. {reason}</source>
            <translation>Forslag: {date}. {reason}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_plan.py" line="123" />
            <source>Allerede planlagt: {dates}. Du kan åpne det og endre datoen i stedet.</source>
            <translation>Allerede planlagt: {dates}. Du kan åpne det og endre datoen i stedet.</translation>
        </message>
    </context>
    <context>
        <name>MeetingRun</name>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="92" />
            <source>← Alle lagmøter</source>
            <translation>← Alle lagmøter</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="116" />
            <source>◀ Forrige</source>
            <translation>◀ Forrige</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="117" />
            <source>Neste ▶</source>
            <translation>Neste ▶</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="119" />
            <location filename="../../lagmote/ui/meeting_run.py" line="232" />
            <source>Avslutt møtet</source>
            <translation>Avslutt møtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="152" />
            <source>Dato for lagmøtet</source>
            <translation>Dato for lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="153" />
            <source>Dato:</source>
            <translation>Dato:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="165" />
            <source>Neste: Ctrl+PgDown eller Alt+→. Forrige: Ctrl+PgUp eller Alt+←.</source>
            <translation>Neste: Ctrl+PgDown eller Alt+→. Forrige: Ctrl+PgUp eller Alt+←.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="169" />
            <source>Dagsorden</source>
            <translation>Dagsorden</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="232" />
            <source>Åpne møtet igjen</source>
            <translation>Åpne møtet igjen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="281" />
            <source>Steg {n} av {total}</source>
            <translation>Steg {n} av {total}</translation>
        </message>
    </context>
    <context>
        <name>MeetingTexts</name>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="81" />
            <source>Ingen valgt</source>
            <translation>Ingen valgt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="123" />
            <source>{number}. lagmøte, {date}</source>
            <translation>{number}. lagmøte, {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="131" />
            <source>Holdt</source>
            <translation>Holdt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="133" />
            <source>Planlagt, men ikke avsluttet</source>
            <translation>Planlagt, men ikke avsluttet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="135" />
            <source>Planlagt i dag</source>
            <translation>Planlagt i dag</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="136" />
            <source>Planlagt</source>
            <translation>Planlagt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="150" />
            <source>Planlagt etter fristen</source>
            <translation>Planlagt etter fristen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="159" />
            <source>{n} til stede</source>
            <translation>{n} til stede</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="161" />
            <source>{n} vedtak</source>
            <translation>{n} vedtak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="164" />
            <source>1 oppgave</source>
            <translation>1 oppgave</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="164" />
            <source>{n} oppgaver</source>
            <translation>{n} oppgaver</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="167" />
            <source>notater</source>
            <translation>notater</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="168" />
            <source>Ingenting skrevet ennå</source>
            <translation>Ingenting skrevet ennå</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="180" />
            <source>Gjort {date}</source>
            <translation>Gjort {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="182" />
            <source>For sent</source>
            <translation>For sent</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="183" />
            <source>Ikke gjort ennå</source>
            <translation>Ikke gjort ennå</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="191" />
            <source>Dette er det første lagmøtet: alt som er gjort, er nytt.</source>
            <translation>Dette er det første lagmøtet: alt som er gjort, er nytt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="194" />
            <source>Forrige lagmøte var {date}.</source>
            <translation>Forrige lagmøte var {date}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="195" />
            <source>Forrige lagmøte var {date}, {days} før dette.</source>
            <translation>Forrige lagmøte var {date}, {days} før dette.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="202" />
            <source>Ingen mål har fått en ny vurdering siden forrige lagmøte.</source>
            <translation>Ingen mål har fått en ny vurdering siden forrige lagmøte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="208" />
            <source>Mål {number}: skjult i møtemodus (følsomt)</source>
            <translation>Mål {number}: skjult i møtemodus (følsomt)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="209" />
            <source>ikke vurdert</source>
            <translation>ikke vurdert</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="214" />
            <source>bedre</source>
            <translation>bedre</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="214" />
            <source>dårligere</source>
            <translation>dårligere</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="216" />
            <source>Mål {number} «{goal}»: {before} → {now}</source>
            <translation>Mål {number} «{goal}»: {before} → {now}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="231" />
            <source>Gjort {date}: {what}</source>
            <translation>Gjort {date}: {what}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="233" />
            <source>Ingen tiltak er gjort ferdig siden forrige lagmøte.</source>
            <translation>Ingen tiltak er gjort ferdig siden forrige lagmøte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="241" />
            <source>For sent, fristen var {date}: {what}</source>
            <translation>For sent, fristen var {date}: {what}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="245" />
            <source>Ingen tiltak er forsinket.</source>
            <translation>Ingen tiltak er forsinket.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="252" />
            <source>For sent, fristen var {date}: {what} – {who}</source>
            <translation>For sent, fristen var {date}: {what} – {who}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="258" />
            <source>(avtalt {date})</source>
            <translation>(avtalt {date})</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="260" />
            <source>Ingen oppgaver fra tidligere lagmøter er over fristen.</source>
            <translation>Ingen oppgaver fra tidligere lagmøter er over fristen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="265" />
            <source>skjult i møtemodus (følsomt)</source>
            <translation>skjult i møtemodus (følsomt)</translation>
        </message>
    </context>
    <context>
        <name>MemberForm</name>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="116" />
            <source>Sett inn standardansvaret for rollen</source>
            <translation>Sett inn standardansvaret for rollen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="128" />
            <source>&amp;Navn</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="129" />
            <source>&amp;Virksomhet</source>
            <translation>&amp;Virksomhet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="130" />
            <source>&amp;Telefon</source>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="131" />
            <source>&amp;E-post</source>
            <translation>&amp;E-post</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="133" />
            <source>&amp;Rolle</source>
            <translation>&amp;Rolle</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="134" />
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="140" />
            <source>For eksempel skolen eller etaten</source>
            <translation>For eksempel skolen eller etaten</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="141" />
            <source>&amp;Ansvar i laget (ett per linje)</source>
            <translation>&amp;Ansvar i laget (ett per linje)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="143" />
            <source>Ansvar i laget</source>
            <translation>Ansvar i laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="192" />
            <source>Har gått ut av laget. Det de hadde ansvar for, står fortsatt i planen.</source>
            <translation>Har gått ut av laget. Det de hadde ansvar for, står fortsatt i planen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="207" />
            <source>Går ut av laget</source>
            <translation>Går ut av laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="207" />
            <source>Kommer tilbake til laget</source>
            <translation>Kommer tilbake til laget</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="124" />
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="125" />
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="126" />
            <source>Virksomhet</source>
            <translation>Virksomhet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="127" />
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="128" />
            <source>E-post</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="129" />
            <source>Deling av informasjon</source>
            <translation>Deling av informasjon</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="169" />
            <source>Laget kan ikke dele informasjon om ungdommen med denne rollen nå.</source>
            <translation>Laget kan ikke dele informasjon om ungdommen med denne rollen nå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="174" />
            <source>Alle som må samtykke, har ikke gjort det ennå.</source>
            <translation>Alle som må samtykke, har ikke gjort det ennå.</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../lagmote/ui/plan_fields.py" line="267" />
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_fields.py" line="287" />
            <source>⚠ Ikke lagret ({where}): {text}</source>
            <translation>⚠ Ikke lagret ({where}): {text}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_fields.py" line="289" />
            <source>⚠ Ikke lagret: {text}</source>
            <translation>⚠ Ikke lagret: {text}</translation>
        </message>
    </context>
    <context>
        <name>NextStep</name>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="197" />
            <source>Planlegg neste lagmøte</source>
            <translation>Planlegg neste lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="199" />
            <source>Notat</source>
            <translation>Notat</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="224" />
            <source>Neste lagmøte er ikke planlagt ennå.</source>
            <translation>Neste lagmøte er ikke planlagt ennå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="225" />
            <source>Neste lagmøte: {title}.</source>
            <translation>Neste lagmøte: {title}.</translation>
        </message>
    </context>
    <context>
        <name>NoteField</name>
        <message>
            <location filename="../../lagmote/ui/meeting_widgets.py" line="186" />
            <source>Skjult i møtemodus: dette er lagets interne notat, ikke for skjermen.</source>
            <translation>Skjult i møtemodus: dette er lagets interne notat, ikke for skjermen.</translation>
        </message>
    </context>
    <context>
        <name>NoteStep</name>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="80" />
            <source>Notat</source>
            <translation>Notat</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="78" />
            <source>Laget rundt ungdommen</source>
            <translation>Laget rundt ungdommen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="99" />
            <source>Frister</source>
            <translation>Frister</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="106" />
            <source>Laget</source>
            <translation>Laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="115" />
            <source>Stegene i oppfølgingen</source>
            <translation>Stegene i oppfølgingen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="152" />
            <source>⚠ Mangler i laget: {groups}. Bydel, skole og politi bør alltid være med i laget (§3.1).</source>
            <translation>⚠ Mangler i laget: {groups}. Bydel, skole og politi bør alltid være med i laget (§3.1).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="177" />
            <source>Det gikk {days} dager mellom lagmøtene {start} og {end} (høyst {most}).</source>
            <translation>Det gikk {days} dager mellom lagmøtene {start} og {end} (høyst {most}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="187" />
            <source>ingen ansvarlig</source>
            <translation>ingen ansvarlig</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="193" />
            <source>Oppgave fra lagmøtet er {days} over fristen {due}: «{text}» – {who}.</source>
            <translation>Oppgave fra lagmøtet er {days} over fristen {due}: «{text}» – {who}.</translation>
        </message>
    </context>
    <context>
        <name>PageStack</name>
        <message>
            <location filename="../../lagmote/ui/page_stack.py" line="98" />
            <source>Sider</source>
            <translation>Sider</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/page_stack.py" line="100" />
            <source>Oversikt</source>
            <translation>Oversikt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/page_stack.py" line="101" />
            <source>Min plan</source>
            <translation>Min plan</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/page_stack.py" line="102" />
            <source>Uka</source>
            <translation>Uka</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/page_stack.py" line="103" />
            <source>Kartlegging</source>
            <translation>Kartlegging</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/page_stack.py" line="104" />
            <source>Laget</source>
            <translation>Laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/page_stack.py" line="105" />
            <source>Lagmøter</source>
            <translation>Lagmøter</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/page_stack.py" line="106" />
            <source>Evaluering</source>
            <translation>Evaluering</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../lagmote/ui/app.py" line="70" />
            <source>Det finnes ingen nøkkelring på denne maskinen.
Velg et passord for den nye, krypterte databasen (minst 8 tegn):</source>
            <translation>Det finnes ingen nøkkelring på denne maskinen.
Velg et passord for den nye, krypterte databasen (minst 8 tegn):</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="76" />
            <location filename="../../lagmote/ui/app.py" line="169" />
            <source>Skriv passordet for databasen:</source>
            <translation>Skriv passordet for databasen:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="78" />
            <source>Passord for Lagmøte</source>
            <translation>Passord for Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="82" />
            <source>Skriv passordet en gang til:</source>
            <translation>Skriv passordet en gang til:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="84" />
            <source>Passordene var ikke like.</source>
            <translation>Passordene var ikke like.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="168" />
            <source>Lås opp Lagmøte</source>
            <translation>Lås opp Lagmøte</translation>
        </message>
    </context>
    <context>
        <name>PlanActions</name>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="43" />
            <source>endring i «{title}»</source>
            <translation>endring i «{title}»</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="53" />
            <source>endring av mål</source>
            <translation>endring av mål</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="75" />
            <source>vurdering av mål</source>
            <translation>vurdering av mål</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="92" />
            <source>nytt mål</source>
            <translation>nytt mål</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="98" />
            <source>sletting av mål</source>
            <translation>sletting av mål</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="110" />
            <source>nytt tiltak</source>
            <translation>nytt tiltak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="115" />
            <source>endring av tiltak</source>
            <translation>endring av tiltak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="123" />
            <source>sletting av tiltak</source>
            <translation>sletting av tiltak</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="80" />
            <location filename="../../lagmote/ui/plan_page.py" line="116" />
            <source>Nytt mål</source>
            <translation>Nytt mål</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="90" />
            <source>Min plan</source>
            <translation>Min plan</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="91" />
            <source>Planen er ungdommens egen: skriv med ungdommens egne ord. Alt lagres mens du skriver, og Ctrl+Z angrer.</source>
            <translation>Planen er ungdommens egen: skriv med ungdommens egne ord. Alt lagres mens du skriver, og Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="100" />
            <source>Andre tiltak (ikke knyttet til et mål)</source>
            <translation>Andre tiltak (ikke knyttet til et mål)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="107" />
            <source>Mål og fremgang</source>
            <translation>Mål og fremgang</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="108" />
            <source>Hvert mål har en stige fra −2 til +2. 0 betyr at det går som ventet. Velg trinnet som passer i dag med tastene 1–5, og gå til neste mål med Tab.</source>
            <translation>Hvert mål har en stige fra −2 til +2. 0 betyr at det går som ventet. Velg trinnet som passer i dag med tastene 1–5, og gå til neste mål med Tab.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="115" />
            <source>Nytt mål, med ungdommens egne ord</source>
            <translation>Nytt mål, med ungdommens egne ord</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="154" />
            <source>Planen kan ikke vises: {error}</source>
            <translation>Planen kan ikke vises: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="215" />
            <source>Det du skrev for forrige ungdom i {where}, kunne ikke lagres. Det er forkastet og er ikke tatt med hit.</source>
            <translation>Det du skrev for forrige ungdom i {where}, kunne ikke lagres. Det er forkastet og er ikke tatt med hit.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="379" />
            <source>Målet «{goal}» er slettet.</source>
            <translation>Målet «{goal}» er slettet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="380" />
            <source>Angre</source>
            <translation>Angre</translation>
        </message>
    </context>
    <context>
        <name>PlanSections</name>
        <message>
            <location filename="../../lagmote/ui/plan_sections.py" line="40" />
            <source>Skjult i møtemodus (følsomt)</source>
            <translation>Skjult i møtemodus (følsomt)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_sections.py" line="153" />
            <source>Hva vi ser etter, hva hver av oss gjør, og hvem vi ringer.</source>
            <translation>Hva vi ser etter, hva hver av oss gjør, og hvem vi ringer.</translation>
        </message>
    </context>
    <context>
        <name>ProfileFields</name>
        <message>
            <location filename="../../lagmote/ui/profile_fields.py" line="26" />
            <source>(ikke valgt)</source>
            <translation>(ikke valgt)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/profile_fields.py" line="31" />
            <source>For eksempel: Bydel Grorud</source>
            <translation>For eksempel: Bydel Grorud</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/profile_fields.py" line="36" />
            <source>&amp;Navn</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/profile_fields.py" line="37" />
            <source>&amp;Rolle</source>
            <translation>&amp;Rolle</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/profile_fields.py" line="38" />
            <source>&amp;Virksomhet</source>
            <translation>&amp;Virksomhet</translation>
        </message>
    </context>
    <context>
        <name>RadarChart</name>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="29" />
            <source>Kartlegging som diagram</source>
            <translation>Kartlegging som diagram</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="33" />
            <source>Skjult</source>
            <translation>Skjult</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="37" />
            <source>Dette området er skjult nå.</source>
            <translation>Dette området er skjult nå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="41" />
            <source>ikke vurdert</source>
            <translation>ikke vurdert</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="45" />
            <source>Snakk om</source>
            <translation>Snakk om</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="83" />
            <source>{mark} Snakk om: vurderingene er 2 eller mer fra hverandre.</source>
            <translation>{mark} Snakk om: vurderingene er 2 eller mer fra hverandre.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="100" />
            <source>Ingen kartlegging å vise.</source>
            <translation>Ingen kartlegging å vise.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="118" />
            <source>Ingen kartlegging å vise. Skalaen går fra 1 (stor bekymring) til 5 (bra).</source>
            <translation>Ingen kartlegging å vise. Skalaen går fra 1 (stor bekymring) til 5 (bra).</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="120" />
            <source>{count} vurderinger, den siste er tydeligst: {labels}.</source>
            <translation>{count} vurderinger, den siste er tydeligst: {labels}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="123" />
            <source>Skalaen går fra 1 (stor bekymring) til 5 (bra – en styrke).</source>
            <translation>Skalaen går fra 1 (stor bekymring) til 5 (bra – en styrke).</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="127" />
            <source>Område {number}: skjult nå.</source>
            <translation>Område {number}: skjult nå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="132" />
            <source>Snakk om: vurderingene er 2 eller mer fra hverandre.</source>
            <translation>Snakk om: vurderingene er 2 eller mer fra hverandre.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="143" />
            <source>Ingen kartlegging å vise ennå.</source>
            <translation>Ingen kartlegging å vise ennå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="147" />
            <source>{mark} Snakk om: 2 eller mer mellom</source>
            <translation>{mark} Snakk om: 2 eller mer mellom</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="150" />
            <source>Ikke vurdert</source>
            <translation>Ikke vurdert</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="62" />
            <source>Gjenopprettingsnøkkel:</source>
            <translation>Gjenopprettingsnøkkel:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="62" />
            <source>Passord (skriv for hånd):</source>
            <translation>Passord (skriv for hånd):</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="64" />
            <source>Gjenopprettingsnøkkel for Lagmøte</source>
            <translation>Gjenopprettingsnøkkel for Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="66" />
            <source>Databasefil: {name}</source>
            <translation>Databasefil: {name}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="67" />
            <source>Skrevet ut: {date}</source>
            <translation>Skrevet ut: {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="76" />
            <source>Lås arket inne, et annet sted enn maskinen og sikkerhetskopiene. Den som har både arket og en kopi, kan lese alle sakene.</source>
            <translation>Lås arket inne, et annet sted enn maskinen og sikkerhetskopiene. Den som har både arket og en kopi, kan lese alle sakene.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="84" />
            <source>Nøkkelen åpner databasen og alle sikkerhetskopiene av den. Uten den kan ingen åpne dem, heller ikke dere.</source>
            <translation>Nøkkelen åpner databasen og alle sikkerhetskopiene av den. Uten den kan ingen åpne dem, heller ikke dere.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="86" />
            <source>Slik gjenoppretter du: lagmote restore SIKKERHETSKOPI --db DATABASEFIL. Finner programmet ikke nøkkelen i nøkkelringen (for eksempel på en ny maskin), spør det etter nøkkelen på dette arket.</source>
            <translation>Slik gjenoppretter du: lagmote restore SIKKERHETSKOPI --db DATABASEFIL. Finner programmet ikke nøkkelen i nøkkelringen (for eksempel på en ny maskin), spør det etter nøkkelen på dette arket.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="89" />
            <source>Får databasen en ny nøkkel, lager du et nytt ark og makulerer dette.</source>
            <translation>Får databasen en ny nøkkel, lager du et nytt ark og makulerer dette.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="95" />
            <source>Passordet åpner databasen og alle sikkerhetskopiene av den. Uten det kan ingen åpne dem, heller ikke dere.</source>
            <translation>Passordet åpner databasen og alle sikkerhetskopiene av den. Uten det kan ingen åpne dem, heller ikke dere.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="97" />
            <source>Slik gjenoppretter du: lagmote restore SIKKERHETSKOPI --db DATABASEFIL, med passordet i LAGMOTE_PASSPHRASE.</source>
            <translation>Slik gjenoppretter du: lagmote restore SIKKERHETSKOPI --db DATABASEFIL, med passordet i LAGMOTE_PASSPHRASE.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="169" />
            <source>Gjenopprettingsnøkkel</source>
            <translation>Gjenopprettingsnøkkel</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="172" />
            <source>&amp;Vis nøkkelen …</source>
            <translation>&amp;Vis nøkkelen …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="173" />
            <source>&amp;Skriv ut på papir …</source>
            <translation>&amp;Skriv ut på papir …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="174" />
            <source>&amp;Lukk</source>
            <translation>&amp;Lukk</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="201" />
            <source>Gjenopprettingsnøkkelen</source>
            <translation>Gjenopprettingsnøkkelen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="215" />
            <source>En sikkerhetskopi er kryptert med den samme nøkkelen som databasen. Uten nøkkelen kan ingen åpne sikkerhetskopien, heller ikke dere. Blir maskinen borte eller byttet ut, trenger dere nøkkelen for å gjenopprette.</source>
            <translation>En sikkerhetskopi er kryptert med den samme nøkkelen som databasen. Uten nøkkelen kan ingen åpne sikkerhetskopien, heller ikke dere. Blir maskinen borte eller byttet ut, trenger dere nøkkelen for å gjenopprette.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="230" />
            <location filename="../../lagmote/ui/recovery_dialog.py" line="235" />
            <source>Vis nøkkelen</source>
            <translation>Vis nøkkelen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="231" />
            <source>Nøkkelen gir tilgang til alle sakene i databasen og i sikkerhetskopiene. Vis den bare når ingen andre ser skjermen. Vise den nå?</source>
            <translation>Nøkkelen gir tilgang til alle sakene i databasen og i sikkerhetskopiene. Vis den bare når ingen andre ser skjermen. Vise den nå?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="236" />
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="317" />
            <source>Nøkkelen ligger i nøkkelringen på denne maskinen og forsvinner med den. Skriv den ned, eller skriv den ut på papir, og lås arket inne et annet sted enn maskinen og sikkerhetskopiene.</source>
            <translation>Nøkkelen ligger i nøkkelringen på denne maskinen og forsvinner med den. Skriv den ned, eller skriv den ut på papir, og lås arket inne et annet sted enn maskinen og sikkerhetskopiene.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="325" />
            <source>Databasen er låst med et passord, og passordet er nøkkelen. Det lagres ikke noe sted: glemmer dere det, kan verken databasen eller sikkerhetskopiene åpnes. Skriv det for hånd på arket fra «Skriv ut på papir …», og lås arket inne.</source>
            <translation>Databasen er låst med et passord, og passordet er nøkkelen. Det lagres ikke noe sted: glemmer dere det, kan verken databasen eller sikkerhetskopiene åpnes. Skriv det for hånd på arket fra «Skriv ut på papir …», og lås arket inne.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="333" />
            <source>Databasen ligger på en PostgreSQL-server. Sikkerhetskopier og nøkler tas hånd om av dem som drifter serveren (pg_dump).</source>
            <translation>Databasen ligger på en PostgreSQL-server. Sikkerhetskopier og nøkler tas hånd om av dem som drifter serveren (pg_dump).</translation>
        </message>
    </context>
    <context>
        <name>SectionField</name>
        <message>
            <location filename="../../lagmote/ui/plan_sections.py" line="67" />
            <source>Vis</source>
            <translation>Vis</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_sections.py" line="68" />
            <source>Vis «{title}»</source>
            <translation>Vis «{title}»</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="48" />
            <source>Innstillinger</source>
            <translation>Innstillinger</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="62" />
            <source>Standard for maskinen</source>
            <translation>Standard for maskinen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="64" />
            <source>Den krypterte filen i datamappen</source>
            <translation>Den krypterte filen i datamappen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="71" />
            <source> minutter</source>
            <translation> minutter</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="75" />
            <source> måneder</source>
            <translation> måneder</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="90" />
            <source>&amp;Språk (fra neste start)</source>
            <translation>&amp;Språk (fra neste start)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="91" />
            <source>&amp;Datamappe</source>
            <translation>&amp;Datamappe</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="92" />
            <source>Data&amp;base</source>
            <translation>Data&amp;base</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="94" />
            <source>Deg (står i loggen over hvem som har lest)</source>
            <translation>Deg (står i loggen over hvem som har lest)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="95" />
            <source>Denne maskinen</source>
            <translation>Denne maskinen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="98" />
            <source>&amp;Lås vinduet etter</source>
            <translation>&amp;Lås vinduet etter</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="99" />
            <source>&amp;Evaluering minst hver</source>
            <translation>&amp;Evaluering minst hver</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="100" />
            <source>Alle som bruker denne databasen</source>
            <translation>Alle som bruker denne databasen</translation>
        </message>
    </context>
    <context>
        <name>SheetDialog</name>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="54" />
            <source>Forhåndsvisning av planen på én side</source>
            <translation>Forhåndsvisning av planen på én side</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="91" />
            <source>Planen på én side</source>
            <translation>Planen på én side</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="95" />
            <source>Språk</source>
            <translation>Språk</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="98" />
            <source>Skriv ut …</source>
            <translation>Skriv ut …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="99" />
            <source>Lagre som PDF …</source>
            <translation>Lagre som PDF …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="100" />
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="111" />
            <source>&amp;Språk:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="115" />
            <source>For ungdommen og familien. Sensitive mål og områder er ikke med.</source>
            <translation>For ungdommen og familien. Sensitive mål og områder er ikke med.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="171" />
            <source>Lagre planen som PDF</source>
            <translation>Lagre planen som PDF</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="171" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="187" />
            <source>Planen er lagret som PDF.</source>
            <translation>Planen er lagret som PDF.</translation>
        </message>
    </context>
    <context>
        <name>SinceStep</name>
        <message>
            <location filename="../../lagmote/ui/meeting_since.py" line="49" />
            <source>Notat</source>
            <translation>Notat</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_since.py" line="57" />
            <source>Mål som har flyttet seg</source>
            <translation>Mål som har flyttet seg</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_since.py" line="58" />
            <source>Tiltak som er gjort</source>
            <translation>Tiltak som er gjort</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_since.py" line="59" />
            <source>Tiltak som er forsinket</source>
            <translation>Tiltak som er forsinket</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_since.py" line="60" />
            <source>Oppgaver fra tidligere lagmøter som ikke er gjort</source>
            <translation>Oppgaver fra tidligere lagmøter som ikke er gjort</translation>
        </message>
    </context>
    <context>
        <name>StepState</name>
        <message>
            <location filename="../../lagmote/ui/theme.py" line="183" />
            <source>Gjort</source>
            <translation>Gjort</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/theme.py" line="184" />
            <source>Gjort for sent</source>
            <translation>Gjort for sent</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/theme.py" line="185" />
            <source>Kommer</source>
            <translation>Kommer</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/theme.py" line="186" />
            <source>Over fristen</source>
            <translation>Over fristen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/theme.py" line="187" />
            <source>Venter</source>
            <translation>Venter</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/theme.py" line="188" />
            <source>Ikke aktuelt</source>
            <translation>Ikke aktuelt</translation>
        </message>
    </context>
    <context>
        <name>StepTimeline</name>
        <message>
            <location filename="../../lagmote/widgets/step_timeline.py" line="77" />
            <source>planlagt {date}</source>
            <translation>planlagt {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/step_timeline.py" line="79" />
            <source>frist {date}</source>
            <translation>frist {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/step_timeline.py" line="86" />
            <source>{days} over fristen</source>
            <translation>{days} over fristen</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/step_timeline.py" line="89" />
            <source>etter fristen</source>
            <translation>etter fristen</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/step_timeline.py" line="393" />
            <source>Tidslinje for oppfølgingen</source>
            <translation>Tidslinje for oppfølgingen</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/step_timeline.py" line="395" />
            <source>Tidslinje for oppfølgingen, valgt steg: {name} ({state})</source>
            <translation>Tidslinje for oppfølgingen, valgt steg: {name} ({state})</translation>
        </message>
    </context>
    <context>
        <name>TeamActions</name>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="64" />
            <source>nytt medlem i laget</source>
            <translation>nytt medlem i laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="77" />
            <source>endring av medlem i laget</source>
            <translation>endring av medlem i laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="88" />
            <source>medlem tilbake i laget</source>
            <translation>medlem tilbake i laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="88" />
            <source>medlem går ut av laget</source>
            <translation>medlem går ut av laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="103" />
            <source>nytt samtykke</source>
            <translation>nytt samtykke</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="109" />
            <source>Samtykket er allerede trukket tilbake.</source>
            <translation>Samtykket er allerede trukket tilbake.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="112" />
            <source>Datoen for når samtykket ble trukket tilbake, kan ikke være fram i tid.</source>
            <translation>Datoen for når samtykket ble trukket tilbake, kan ikke være fram i tid.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="117" />
            <source>samtykke trukket tilbake</source>
            <translation>samtykke trukket tilbake</translation>
        </message>
    </context>
    <context>
        <name>TeamPage</name>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="76" />
            <location filename="../../lagmote/ui/team_page.py" line="108" />
            <source>Laget rundt ungdommen</source>
            <translation>Laget rundt ungdommen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="79" />
            <source>Ingen i laget ennå. Velg en rolle under og trykk «Legg til i laget».</source>
            <translation>Ingen i laget ennå. Velg en rolle under og trykk «Legg til i laget».</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="85" />
            <location filename="../../lagmote/ui/team_page.py" line="87" />
            <source>Har gått ut av laget</source>
            <translation>Har gått ut av laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="114" />
            <source>Hvem gjør hva</source>
            <translation>Hvem gjør hva</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="115" />
            <source>Tiltak fra «Min plan» og oppgaver fra lagmøtene, talt for hver i laget. De som har noe over fristen, står først. Velg en rad for å se hva det gjelder.</source>
            <translation>Tiltak fra «Min plan» og oppgaver fra lagmøtene, talt for hver i laget. De som har noe over fristen, står først. Velg en rad for å se hva det gjelder.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="123" />
            <source>Samtykke til å dele informasjon</source>
            <translation>Samtykke til å dele informasjon</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="130" />
            <source>Medlemmer</source>
            <translation>Medlemmer</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="131" />
            <source>Velg en i laget for å endre kontaktinfo og ansvar. Alt lagres mens du skriver, og Ctrl+Z angrer.</source>
            <translation>Velg en i laget for å endre kontaktinfo og ansvar. Alt lagres mens du skriver, og Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="169" />
            <source>Det du skrev om {who} for forrige ungdom, kunne ikke lagres. Det er forkastet og ikke tatt med hit.</source>
            <translation>Det du skrev om {who} for forrige ungdom, kunne ikke lagres. Det er forkastet og ikke tatt med hit.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="177" />
            <source>Laget kan ikke vises: {error}</source>
            <translation>Laget kan ikke vises: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="274" />
            <source>⚠ Mangler i laget: {groups}. Bydel, skole og politi bør alltid være med i laget (§3.1).</source>
            <translation>⚠ Mangler i laget: {groups}. Bydel, skole og politi bør alltid være med i laget (§3.1).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="284" />
            <source>⚠ Laget kan ikke dele informasjon med alle i laget: {roles}. Se «Deling av informasjon» i tabellen under.</source>
            <translation>⚠ Laget kan ikke dele informasjon med alle i laget: {roles}. Se «Deling av informasjon» i tabellen under.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="342" />
            <source>{who} er tilbake i laget. Ctrl+Z angrer.</source>
            <translation>{who} er tilbake i laget. Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="344" />
            <source>{who} har gått ut av laget og står nå under «Har gått ut av laget». Ctrl+Z angrer.</source>
            <translation>{who} har gått ut av laget og står nå under «Har gått ut av laget». Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="368" />
            <source>Samtykket fra {who} er registrert. Ctrl+Z angrer.</source>
            <translation>Samtykket fra {who} er registrert. Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="381" />
            <source>Samtykket fra {who} er trukket tilbake fra {date}. Laget kan ikke lenger dele informasjon på grunnlag av det. Ctrl+Z angrer.</source>
            <translation>Samtykket fra {who} er trukket tilbake fra {date}. Laget kan ikke lenger dele informasjon på grunnlag av det. Ctrl+Z angrer.</translation>
        </message>
    </context>
    <context>
        <name>TeamTableModel</name>
        <message>
            <location filename="../../lagmote/ui/models.py" line="144" />
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/models.py" line="145" />
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/models.py" line="146" />
            <source>Virksomhet</source>
            <translation>Virksomhet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/models.py" line="147" />
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/models.py" line="148" />
            <source>E-post</source>
            <translation>E-post</translation>
        </message>
    </context>
    <context>
        <name>TiltakBox</name>
        <message>
            <location filename="../../lagmote/ui/plan_tiltak_view.py" line="115" />
            <source>Nytt tiltak: hva skal gjøres?</source>
            <translation>Nytt tiltak: hva skal gjøres?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_tiltak_view.py" line="116" />
            <source>Nytt tiltak</source>
            <translation>Nytt tiltak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_tiltak_view.py" line="117" />
            <source>Legg til tiltak</source>
            <translation>Legg til tiltak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_tiltak_view.py" line="118" />
            <source>Slett valgt tiltak</source>
            <translation>Slett valgt tiltak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_tiltak_view.py" line="127" />
            <source>Tiltak</source>
            <translation>Tiltak</translation>
        </message>
    </context>
    <context>
        <name>TiltakDelegate</name>
        <message>
            <location filename="../../lagmote/ui/plan_tiltak_view.py" line="64" />
            <source>Ingen frist</source>
            <translation>Ingen frist</translation>
        </message>
    </context>
    <context>
        <name>TiltakTableModel</name>
        <message>
            <location filename="../../lagmote/ui/plan_models.py" line="39" />
            <source>For sent</source>
            <translation>For sent</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_models.py" line="130" />
            <source>Ingen valgt</source>
            <translation>Ingen valgt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_models.py" line="144" />
            <source>Tiltak</source>
            <translation>Tiltak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_models.py" line="145" />
            <source>Ansvarlig</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_models.py" line="146" />
            <source>Frist</source>
            <translation>Frist</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_models.py" line="147" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_models.py" line="201" />
            <source>Fristen er passert, og tiltaket er ikke ferdig.</source>
            <translation>Fristen er passert, og tiltaket er ikke ferdig.</translation>
        </message>
    </context>
    <context>
        <name>WeekGrid</name>
        <message>
            <location filename="../../lagmote/widgets/week_grid.py" line="479" />
            <source>tom time {day} {span}, Enter lager en ny aktivitet</source>
            <translation>tom time {day} {span}, Enter lager en ny aktivitet</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/week_grid.py" line="482" />
            <source>Uka, valgt: {focus}</source>
            <translation>Uka, valgt: {focus}</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/week_grid_paint.py" line="194" />
            <location filename="../../lagmote/widgets/week_grid_paint.py" line="249" />
            <source>Fri tid</source>
            <translation>Fri tid</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/week_grid_paint.py" line="395" />
            <source>+ Ny (Enter)</source>
            <translation>+ Ny (Enter)</translation>
        </message>
    </context>
    <context>
        <name>WeekPage</name>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="78" />
            <source>Uka</source>
            <translation>Uka</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="81" />
            <source>Uka etter standarden</source>
            <translation>Uka etter standarden</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="83" />
            <location filename="../../lagmote/ui/week_page.py" line="119" />
            <source>Fri tid å fylle</source>
            <translation>Fri tid å fylle</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="87" />
            <source>&amp;Ny aktivitet</source>
            <translation>&amp;Ny aktivitet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="88" />
            <source>S&amp;lett</source>
            <translation>S&amp;lett</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="117" />
            <source>Standarden</source>
            <translation>Standarden</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="121" />
            <source>Valgt aktivitet</source>
            <translation>Valgt aktivitet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="258" />
            <source>Uka kunne ikke leses. {reason}</source>
            <translation>Uka kunne ikke leses. {reason}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="264" />
            <source>Ingen lange tomrom etter skolen (før {end}).</source>
            <translation>Ingen lange tomrom etter skolen (før {end}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="266" />
            <source>Minst to timer uten avtaler, etter skolen og før {end}:</source>
            <translation>Minst to timer uten avtaler, etter skolen og før {end}:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="305" />
            <source>Velg en aktivitet i uka, eller dra over et tomt felt for å lage en ny. Med tastaturet: piltastene velger, Enter lager eller åpner, Alt+piltastene flytter, Shift+Alt+opp/ned endrer lengden.</source>
            <translation>Velg en aktivitet i uka, eller dra over et tomt felt for å lage en ny. Med tastaturet: piltastene velger, Enter lager eller åpner, Alt+piltastene flytter, Shift+Alt+opp/ned endrer lengden.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="348" />
            <source>Ny aktivitet</source>
            <translation>Ny aktivitet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="365" />
            <source>Endre aktivitet</source>
            <translation>Endre aktivitet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="379" />
            <source>Slett aktivitet</source>
            <translation>Slett aktivitet</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="53" />
            <source>Velkommen til Lagmøte</source>
            <translation>Velkommen til Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="55" />
            <source>Lagmøte samler planen, uka og laget rundt én ungdom. Først: hvem er du? Navnet, rollen og virksomheten står i loggen over hvem som har lest sakene.</source>
            <translation>Lagmøte samler planen, uka og laget rundt én ungdom. Først: hvem er du? Navnet, rollen og virksomheten står i loggen over hvem som har lest sakene.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="82" />
            <source>Databasen</source>
            <translation>Databasen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="92" />
            <source>Sakene lagres kryptert, i én fil: {where}

«Neste» lager databasen. Har maskinen ingen nøkkelring, velger du et passord.</source>
            <translation>Sakene lagres kryptert, i én fil: {where}

«Neste» lager databasen. Har maskinen ingen nøkkelring, velger du et passord.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="111" />
            <source>Nøkkelen og sikkerhetskopier</source>
            <translation>Nøkkelen og sikkerhetskopier</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="114" />
            <source>Åpne &amp;demodata: én fiktiv ungdom med lag, plan og uke</source>
            <translation>Åpne &amp;demodata: én fiktiv ungdom med lag, plan og uke</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="127" />
            <source>Nøkkelen ligger i nøkkelringen på denne maskinen, ikke i filen. Uten den kan ingen åpne databasen, heller ikke en sikkerhetskopi. Skriv den ut og legg arket trygt: Fil → Gjenopprettingsnøkkel …</source>
            <translation>Nøkkelen ligger i nøkkelringen på denne maskinen, ikke i filen. Uten den kan ingen åpne databasen, heller ikke en sikkerhetskopi. Skriv den ut og legg arket trygt: Fil → Gjenopprettingsnøkkel …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="133" />
            <source>Passordet du valgte, er nøkkelen. Det lagres ikke noe sted: skriv det ned og legg arket trygt. Uten det kan ingen åpne databasen, heller ikke en sikkerhetskopi.</source>
            <translation>Passordet du valgte, er nøkkelen. Det lagres ikke noe sted: skriv det ned og legg arket trygt. Uten det kan ingen åpne databasen, heller ikke en sikkerhetskopi.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="140" />
            <source>Programmet tar en sikkerhetskopi hver dag i {folder} og beholder de sju siste. «lagmote backup» tar en når du vil.</source>
            <translation>Programmet tar en sikkerhetskopi hver dag i {folder} og beholder de sju siste. «lagmote backup» tar en når du vil.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="155" />
            <source>Lagmøte</source>
            <translation>Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="163" />
            <source>Neste</source>
            <translation>Neste</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="164" />
            <source>Tilbake</source>
            <translation>Tilbake</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="165" />
            <source>Kom i gang</source>
            <translation>Kom i gang</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="166" />
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>WindowLocking</name>
        <message>
            <location filename="../../lagmote/ui/window_lock.py" line="81" />
            <source>Lagmøte (låst)</source>
            <translation>Lagmøte (låst)</translation>
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
            <translation>Tiltakene i «Min plan»</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="110" />
            <source>Notat</source>
            <translation>Notat</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="132" />
            <source>{n} tiltak under følsomme mål er skjult i møtemodus.</source>
            <translation>{n} tiltak under følsomme mål er skjult i møtemodus.</translation>
        </message>
    </context>
    <context>
        <name>YouthHeader</name>
        <message>
            <location filename="../../lagmote/ui/header.py" line="50" />
            <source>Ungdom: {name}</source>
            <translation>Ungdom: {name}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="54" />
            <source>Ingen ungdom valgt</source>
            <translation>Ingen ungdom valgt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="63" />
            <source>{age} år</source>
            <translation>{age} år</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="68" />
            <source>Ingen oppfølger registrert</source>
            <translation>Ingen oppfølger registrert</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="70" />
            <source>Oppfølger: {name}</source>
            <translation>Oppfølger: {name}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="74" />
            <source>Oppfølgingen er avsluttet</source>
            <translation>Oppfølgingen er avsluttet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="84" />
            <source>Ingen lagmøte planlagt</source>
            <translation>Ingen lagmøte planlagt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="85" />
            <source>Neste lagmøte ikke planlagt (frist {date})</source>
            <translation>Neste lagmøte ikke planlagt (frist {date})</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="89" />
            <source>Neste lagmøte: {date} ({week})</source>
            <translation>Neste lagmøte: {date} ({week})</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="93" />
            <source> – etter fristen {date}</source>
            <translation> – etter fristen {date}</translation>
        </message>
    </context>
    <context>
        <name>YouthListModel</name>
        <message>
            <location filename="../../lagmote/ui/models.py" line="72" />
            <source> ({age} år)</source>
            <translation> ({age} år)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/models.py" line="74" />
            <source> – avsluttet</source>
            <translation> – avsluttet</translation>
        </message>
    </context>
    <context>
        <name>YouthStep</name>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="41" />
            <source>Med ungdommens egne ord</source>
            <translation>Med ungdommens egne ord</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="62" />
            <source>Forrige lagmøte ({date}) sa ungdommen: «{words}»</source>
            <translation>Forrige lagmøte ({date}) sa ungdommen: «{words}»</translation>
        </message>
    </context>
</TS>
