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
            <location filename="../../lagmote/ui/app.py" line="119" />
            <source>PostgreSQL {where}</source>
            <translation>PostgreSQL {where}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="123" />
            <source>nøkkel i nøkkelringen</source>
            <translation>nøkkel i nøkkelringen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="125" />
            <source>låst med passord</source>
            <translation>låst med passord</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="127" />
            <source>{path} (kryptert, {key})</source>
            <translation>{path} (kryptert, {key})</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="164" />
            <source>Prøv igjen</source>
            <translation>Prøv igjen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="165" />
            <source>Avslutt</source>
            <translation>Avslutt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="202" />
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
        <name>ConflictDialog</name>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="53" />
            <source>Noen andre har endret det samme</source>
            <translation>Noen andre har endret det samme</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="54" />
            <source>Endringskonflikt</source>
            <translation>Endringskonflikt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="67" />
            <source>Deres versjon</source>
            <translation>Deres versjon</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="68" />
            <source>Din versjon</source>
            <translation>Din versjon</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="70" />
            <source>Deres (lagret)</source>
            <translation>Deres (lagret)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="70" />
            <source>Din</source>
            <translation>Din</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="89" />
            <source>Kopier min tekst</source>
            <translation>Kopier min tekst</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="90" />
            <source>Se deres</source>
            <translation>Se deres</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="91" />
            <source>Behold min</source>
            <translation>Behold min</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="94" />
            <source>Slå sammen</source>
            <translation>Slå sammen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="115" />
            <source>(ikke satt)</source>
            <translation>(ikke satt)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="117" />
            <source>ja</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="117" />
            <source>nei</source>
            <translation>nei</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="124" />
            <source>(en annen verdi)</source>
            <translation>(en annen verdi)</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <location filename="../../lagmote/ui/connection_banner.py" line="36" />
            <source>Prøv nå</source>
            <translation>Prøv nå</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/connection_banner.py" line="37" />
            <source>Kopier det som ikke er lagret</source>
            <translation>Kopier det som ikke er lagret</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/connection_banner.py" line="57" />
            <source>⚠ Forbindelsen til databaseserveren er brutt. Det du skriver, blir tatt vare på her og lagret når serveren svarer igjen. Lukk ikke programmet før det er lagret.</source>
            <translation>⚠ Forbindelsen til databaseserveren er brutt. Det du skriver, blir tatt vare på her og lagret når serveren svarer igjen. Lukk ikke programmet før det er lagret.</translation>
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
        <name>Domain</name>
        <message>
            <location filename="../../lagmote/alerts.py" line="33" />
            <source>Lagmøte på overtid: {late} over fristen {due}</source>
            <translation>Lagmøte på overtid: {late} over fristen {due}</translation>
        </message>
        <message>
            <location filename="../../lagmote/alerts.py" line="38" />
            <source>Neste lagmøte er planlagt {after} etter fristen</source>
            <translation>Neste lagmøte er planlagt {after} etter fristen</translation>
        </message>
        <message>
            <location filename="../../lagmote/alerts.py" line="41" />
            <source>Lagmøte må holdes i dag, og er ikke planlagt</source>
            <translation>Lagmøte må holdes i dag, og er ikke planlagt</translation>
        </message>
        <message>
            <location filename="../../lagmote/alerts.py" line="45" />
            <source>Lagmøte må holdes om {left}, og er ikke planlagt</source>
            <translation>Lagmøte må holdes om {left}, og er ikke planlagt</translation>
        </message>
        <message>
            <location filename="../../lagmote/alerts.py" line="55" />
            <source>Evaluering på overtid: {late} over fristen {due}</source>
            <translation>Evaluering på overtid: {late} over fristen {due}</translation>
        </message>
        <message>
            <location filename="../../lagmote/alerts.py" line="64" />
            <source>1 oppgave fra lagmøtene over fristen</source>
            <translation>1 oppgave fra lagmøtene over fristen</translation>
        </message>
        <message>
            <location filename="../../lagmote/alerts.py" line="65" />
            <source>{n} oppgaver fra lagmøtene over fristen</source>
            <translation>{n} oppgaver fra lagmøtene over fristen</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="23" />
            <source>Målene er nådd</source>
            <translation>Målene er nådd</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="24" />
            <source>Ungdommen får hjelp gjennom andre tiltak</source>
            <translation>Ungdommen får hjelp gjennom andre tiltak</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="25" />
            <source>Ungdommen eller familien ønsker ikke mer oppfølging</source>
            <translation>Ungdommen eller familien ønsker ikke mer oppfølging</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="26" />
            <source>Ungdommen flytter fra bydelen</source>
            <translation>Ungdommen flytter fra bydelen</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="27" />
            <source>Ungdommen har nådd aldersgrensen</source>
            <translation>Ungdommen har nådd aldersgrensen</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="28" />
            <location filename="../../lagmote/standard.py" line="1079" />
            <location filename="../../lagmote/week.py" line="44" />
            <source>Annet</source>
            <translation>Annet</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="34" />
            <source>Ny skole, eller overgang til videregående</source>
            <translation>Ny skole, eller overgang til videregående</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="35" />
            <source>Fyller 18 år</source>
            <translation>Fyller 18 år</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="36" />
            <source>Fyller 19 år</source>
            <translation>Fyller 19 år</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="37" />
            <source>Overgang til andre tiltak og tjenester</source>
            <translation>Overgang til andre tiltak og tjenester</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="102" />
            <source>Avslutningsdatoen kan ikke være fram i tid.</source>
            <translation>Avslutningsdatoen kan ikke være fram i tid.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="104" />
            <source>Velg hvorfor oppfølgingen avsluttes.</source>
            <translation>Velg hvorfor oppfølgingen avsluttes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="106" />
            <source>Skriv hvorfor oppfølgingen avsluttes.</source>
            <translation>Skriv hvorfor oppfølgingen avsluttes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="108" />
            <source>Skriv hvem som følger opp videre, eller at ingen gjør det.</source>
            <translation>Skriv hvem som følger opp videre, eller at ingen gjør det.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="111" />
            <source>Skriv hvordan laget følger opp overgangene som er krysset av.</source>
            <translation>Skriv hvordan laget følger opp overgangene som er krysset av.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="113" />
            <source>Skriv en kort oppsummering av oppfølgingen.</source>
            <translation>Skriv en kort oppsummering av oppfølgingen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="120" />
            <source>Ukjent overgang: «{code}».</source>
            <translation>Ukjent overgang: «{code}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="125" />
            <source>Navnet på kontaktpersonen</source>
            <translation>Navnet på kontaktpersonen</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="126" />
            <source>Tjenesten</source>
            <translation>Tjenesten</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="127" />
            <location filename="../../lagmote/team.py" line="184" />
            <source>Telefonnummeret</source>
            <translation>Telefonnummeret</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="131" />
            <source>Grunnen</source>
            <translation>Grunnen</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="132" />
            <source>Overføringen</source>
            <translation>Overføringen</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="133" />
            <source>Teksten om overganger</source>
            <translation>Teksten om overganger</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="134" />
            <source>Oppsummeringen</source>
            <translation>Oppsummeringen</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="17" />
            <source>mandag</source>
            <translation>mandag</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="18" />
            <source>tirsdag</source>
            <translation>tirsdag</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="19" />
            <source>onsdag</source>
            <translation>onsdag</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="20" />
            <source>torsdag</source>
            <translation>torsdag</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="21" />
            <source>fredag</source>
            <translation>fredag</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="22" />
            <source>lørdag</source>
            <translation>lørdag</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="23" />
            <source>søndag</source>
            <translation>søndag</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="28" />
            <source>januar</source>
            <translation>januar</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="29" />
            <source>februar</source>
            <translation>februar</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="30" />
            <source>mars</source>
            <translation>mars</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="31" />
            <source>april</source>
            <translation>april</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="32" />
            <source>mai</source>
            <translation>mai</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="33" />
            <source>juni</source>
            <translation>juni</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="34" />
            <source>juli</source>
            <translation>juli</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="35" />
            <source>august</source>
            <translation>august</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="36" />
            <source>september</source>
            <translation>september</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="37" />
            <source>oktober</source>
            <translation>oktober</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="38" />
            <source>november</source>
            <translation>november</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="39" />
            <source>desember</source>
            <translation>desember</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="54" />
            <source>{weekday} {day}. {month} {year}</source>
            <translation>{weekday} {day}. {month} {year}</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="62" />
            <source>uke {week}</source>
            <translation>uke {week}</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="85" />
            <source>{n} uker</source>
            <translation>{n} uker</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="86" />
            <source>1 dag</source>
            <translation>1 dag</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="86" />
            <source>{n} dager</source>
            <translation>{n} dager</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/archive.py" line="35" />
            <location filename="../../lagmote/db/backup.py" line="268" />
            <location filename="../../lagmote/db/backup.py" line="405" />
            <location filename="../../lagmote/db/engine.py" line="126" />
            <location filename="../../lagmote/preferences.py" line="59" />
            <source>Mappen {folder} finnes ikke.</source>
            <translation>Mappen {folder} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/archive.py" line="39" />
            <source>Bare en avsluttet sak kan arkiveres og slettes. Avslutt oppfølgingen først.</source>
            <translation>Bare en avsluttet sak kan arkiveres og slettes. Avslutt oppfølgingen først.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/audit_queries.py" line="47" />
            <location filename="../../lagmote/db/sheet_quick.py" line="90" />
            <location filename="../../lagmote/db/youth_access.py" line="33" />
            <source>Fant ingen ungdom med id {id}.</source>
            <translation>Fant ingen ungdom med id {id}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="54" />
            <source>En PostgreSQL-database sikkerhetskopieres med serverens egne verktøy (pg_dump): se «Sikkerhetskopi» i README.</source>
            <translation>En PostgreSQL-database sikkerhetskopieres med serverens egne verktøy (pg_dump): se «Sikkerhetskopi» i README.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="90" />
            <location filename="../../lagmote/db/engine.py" line="142" />
            <source>Databasefilen {path} finnes ikke.</source>
            <translation>Databasefilen {path} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="94" />
            <location filename="../../lagmote/db/cipher_file.py" line="36" />
            <source>Databasefilen {path} er skadet eller ufullstendig.</source>
            <translation>Databasefilen {path} er skadet eller ufullstendig.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="110" />
            <source>Sikkerhetskopien kunne ikke lages.</source>
            <translation>Sikkerhetskopien kunne ikke lages.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="145" />
            <location filename="../../lagmote/db/backup.py" line="194" />
            <location filename="../../lagmote/db/backup.py" line="216" />
            <source>Sikkerhetskopien {name} er skadet.</source>
            <translation>Sikkerhetskopien {name} er skadet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="155" />
            <source>Sikkerhetskopien {path} finnes ikke.</source>
            <translation>Sikkerhetskopien {path} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="158" />
            <source>Sikkerhetskopien {path} kan ikke leses.</source>
            <translation>Sikkerhetskopien {path} kan ikke leses.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="162" />
            <source>{name} er ikke kryptert, så den er ikke fra Lagmøte.</source>
            <translation>{name} er ikke kryptert, så den er ikke fra Lagmøte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="166" />
            <source>Sikkerhetskopien {name} er ufullstendig eller skadet.</source>
            <translation>Sikkerhetskopien {name} er ufullstendig eller skadet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="189" />
            <source>Sikkerhetskopien {name} kan ikke åpnes: feil nøkkel, eller filen er ikke fra Lagmøte.</source>
            <translation>Sikkerhetskopien {name} kan ikke åpnes: feil nøkkel, eller filen er ikke fra Lagmøte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="222" />
            <location filename="../../lagmote/db/backup.py" line="225" />
            <source>{name} er ikke en sikkerhetskopi fra Lagmøte.</source>
            <translation>{name} er ikke en sikkerhetskopi fra Lagmøte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="229" />
            <source>Sikkerhetskopien {name} er fra en nyere versjon av Lagmøte: oppdater programmet først.</source>
            <translation>Sikkerhetskopien {name} er fra en nyere versjon av Lagmøte: oppdater programmet først.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="301" />
            <source>Databasen {name} er åpen i Lagmøte akkurat nå: lukk programmet (og kommandoer som bruker den) før du gjenoppretter.</source>
            <translation>Databasen {name} er åpen i Lagmøte akkurat nå: lukk programmet (og kommandoer som bruker den) før du gjenoppretter.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="337" />
            <source>Den gamle databasefilen {name} kunne ikke tas vare på.</source>
            <translation>Den gamle databasefilen {name} kunne ikke tas vare på.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="393" />
            <source>Mappen {folder} kan ikke lages.</source>
            <translation>Mappen {folder} kan ikke lages.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="450" />
            <source>Mappen {folder} kan ikke skrives til.</source>
            <translation>Mappen {folder} kan ikke skrives til.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="457" />
            <source>Filen {path} kunne ikke skrives.</source>
            <translation>Filen {path} kunne ikke skrives.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="481" />
            <source>Sikkerhetskopien og databasen kan ikke være samme fil.</source>
            <translation>Sikkerhetskopien og databasen kan ikke være samme fil.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/cipher_file.py" line="26" />
            <source>Databasefilen {path} kan ikke leses.</source>
            <translation>Databasefilen {path} kan ikke leses.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/cipher_file.py" line="29" />
            <source>Databasefilen {path} er skadet eller ufullstendig: den er tom. Ble programmet stoppet første gang det startet, kan den tomme filen slettes, så lages en ny.</source>
            <translation>Databasefilen {path} er skadet eller ufullstendig: den er tom. Ble programmet stoppet første gang det startet, kan den tomme filen slettes, så lages en ny.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/cipher_file.py" line="51" />
            <source>Nøkkelringen har ingen nøkkel for denne databasefilen: den er skadet, laget på en annen maskin, eller låst med passord (oppgi det i {variable}).</source>
            <translation>Nøkkelringen har ingen nøkkel for denne databasefilen: den er skadet, laget på en annen maskin, eller låst med passord (oppgi det i {variable}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/closing_ops.py" line="22" />
            <source>avslutningen</source>
            <translation>avslutningen</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/closing_ops.py" line="34" />
            <source>Oppfølgingen er allerede avsluttet.</source>
            <translation>Oppfølgingen er allerede avsluttet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/closing_ops.py" line="36" />
            <location filename="../../lagmote/db/evaluation_ops.py" line="43" />
            <source>evalueringen</source>
            <translation>evalueringen</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/closing_ops.py" line="69" />
            <source>Oppfølgingen er ikke avsluttet.</source>
            <translation>Oppfølgingen er ikke avsluttet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/conflicts.py" line="36" />
            <source>Noen andre har endret {what} mens du skrev. Velg hva som skal gjelde.</source>
            <translation>Noen andre har endret {what} mens du skrev. Velg hva som skal gjelde.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/conflicts.py" line="73" />
            <source>«{label}»</source>
            <translation>«{label}»</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="81" />
            <source>Databasen er ikke satt opp ennå: kjør lagmote admin init først.</source>
            <translation>Databasen er ikke satt opp ennå: kjør lagmote admin init først.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="85" />
            <source>En ny bruker må få et passord.</source>
            <translation>En ny bruker må få et passord.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="119" />
            <source>{name} er ikke med i laget rundt ungdom {id}.</source>
            <translation>{name} er ikke med i laget rundt ungdom {id}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="130" />
            <source>«{name}» kan ikke være et brukernavn: bruk 2–63 små bokstaver a–z, sifre og _, og begynn med en bokstav.</source>
            <translation>«{name}» kan ikke være et brukernavn: bruk 2–63 små bokstaver a–z, sifre og _, og begynn med en bokstav.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="143" />
            <source>Ukjent rolle «{role}». Velg en av: {roles}.</source>
            <translation>Ukjent rolle «{role}». Velg en av: {roles}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="152" />
            <source>Brukere og lag settes opp bare i en delt PostgreSQL-database, ikke i en lokal fil.</source>
            <translation>Brukere og lag settes opp bare i en delt PostgreSQL-database, ikke i en lokal fil.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="168" />
            <source>Du har ikke rettigheter til å sette opp brukere: kjør kommandoen som databasens eier, med rett til å lage roller (CREATEROLE).</source>
            <translation>Du har ikke rettigheter til å sette opp brukere: kjør kommandoen som databasens eier, med rett til å lage roller (CREATEROLE).</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="201" />
            <source>{name} er ikke en bruker av databasen: legg til med add-user.</source>
            <translation>{name} er ikke en bruker av databasen: legg til med add-user.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/engine.py" line="117" />
            <source>lokal socket</source>
            <translation>lokal socket</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/engine.py" line="128" />
            <source>{path} er en mappe, ikke en databasefil.</source>
            <translation>{path} er en mappe, ikke en databasefil.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/engine.py" line="188" />
            <source>Databasefilen {path} ble laget av et annet program.</source>
            <translation>Databasefilen {path} ble laget av et annet program.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/engine.py" line="192" />
            <source>Databasefilen {path} kunne ikke opprettes.</source>
            <translation>Databasefilen {path} kunne ikke opprettes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/engine.py" line="206" />
            <source>Databasefilen kunne ikke opprettes.</source>
            <translation>Databasefilen kunne ikke opprettes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/erase_ops.py" line="24" />
            <source>Bare en avsluttet sak kan slettes. Avslutt oppfølgingen først.</source>
            <translation>Bare en avsluttet sak kan slettes. Avslutt oppfølgingen først.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="31" />
            <source>Databaseserveren svarer ikke.</source>
            <translation>Databaseserveren svarer ikke.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="32" />
            <source>Forbindelsen til databaseserveren ble brutt.</source>
            <translation>Forbindelsen til databaseserveren ble brutt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="33" />
            <source>Forbindelsen til databaseserveren er brutt. Det du skrev, er tatt vare på og lagres når serveren svarer igjen.</source>
            <translation>Forbindelsen til databaseserveren er brutt. Det du skrev, er tatt vare på og lagres når serveren svarer igjen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="44" />
            <source>Databasen kan ikke åpnes: feil nøkkel eller passord, eller filen er skadet.</source>
            <translation>Databasen kan ikke åpnes: feil nøkkel eller passord, eller filen er skadet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="46" />
            <source>Databasefilen er skadet.</source>
            <translation>Databasefilen er skadet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="47" />
            <source>Databasen er låst av et annet program som bruker den.</source>
            <translation>Databasen er låst av et annet program som bruker den.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="48" />
            <source>Disken er full, så endringen ble ikke lagret.</source>
            <translation>Disken er full, så endringen ble ikke lagret.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="49" />
            <source>Databasefilen kan ikke skrives til (skrivebeskyttet).</source>
            <translation>Databasefilen kan ikke skrives til (skrivebeskyttet).</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="50" />
            <source>Databasefilen kan ikke åpnes.</source>
            <translation>Databasefilen kan ikke åpnes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="51" />
            <source>Lesing eller skriving til disken feilet.</source>
            <translation>Lesing eller skriving til disken feilet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="55" />
            <source>Innlogging til databaseserveren ble avvist.</source>
            <translation>Innlogging til databaseserveren ble avvist.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="56" />
            <source>Databasen finnes ikke på serveren.</source>
            <translation>Databasen finnes ikke på serveren.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="59" />
            <source>Du har ikke tilgang til dette i databasen.</source>
            <translation>Du har ikke tilgang til dette i databasen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="62" />
            <source>Du har ikke tilgang til å lagre dette: du er ikke med i laget rundt ungdommen, eller rollen din i laget gir ikke tilgang til det.</source>
            <translation>Du har ikke tilgang til å lagre dette: du er ikke med i laget rundt ungdommen, eller rollen din i laget gir ikke tilgang til det.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="103" />
            <source>Noen andre har endret dette i mellomtiden. Last inn på nytt og prøv igjen.</source>
            <translation>Noen andre har endret dette i mellomtiden. Last inn på nytt og prøv igjen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="105" />
            <source>Endringen ble avvist fordi den bryter en regel i databasen.</source>
            <translation>Endringen ble avvist fordi den bryter en regel i databasen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="111" />
            <source>Databasen kunne ikke brukes akkurat nå.</source>
            <translation>Databasen kunne ikke brukes akkurat nå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="112" />
            <location filename="../../lagmote/db/quick.py" line="106" />
            <source>Databasen meldte en feil, så handlingen ble ikke fullført.</source>
            <translation>Databasen meldte en feil, så handlingen ble ikke fullført.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="46" />
            <source>perioden</source>
            <translation>perioden</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="47" />
            <source>svarene</source>
            <translation>svarene</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="48" />
            <source>anbefalingen</source>
            <translation>anbefalingen</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="85" />
            <source>Det finnes allerede et utkast til evaluering: fortsett på det.</source>
            <translation>Det finnes allerede et utkast til evaluering: fortsett på det.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="114" />
            <source>Ugyldig side i evalueringen.</source>
            <translation>Ugyldig side i evalueringen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="125" />
            <source>Evalueringen er fullført; åpne den som utkast for å endre den.</source>
            <translation>Evalueringen er fullført; åpne den som utkast for å endre den.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="149" />
            <source>Det finnes et annet utkast; fullfør eller slett det først.</source>
            <translation>Det finnes et annet utkast; fullfør eller slett det først.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="162" />
            <source>En fullført evaluering kan ikke slettes: den er lagets vurdering.</source>
            <translation>En fullført evaluering kan ikke slettes: den er lagets vurdering.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="34" />
            <source>kartleggingen</source>
            <translation>kartleggingen</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="35" />
            <source>datoen for kartleggingen</source>
            <translation>datoen for kartleggingen</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="35" />
            <location filename="../../lagmote/db/meeting_ops.py" line="136" />
            <location filename="../../lagmote/db/service_note_ops.py" line="73" />
            <source>notatet</source>
            <translation>notatet</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="37" />
            <source>vurderingen</source>
            <translation>vurderingen</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="38" />
            <source>ressursene</source>
            <translation>ressursene</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="39" />
            <source>risikoene</source>
            <translation>risikoene</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="208" />
            <source>Det finnes allerede en kartlegging med denne datoen; velg en annen dag.</source>
            <translation>Det finnes allerede en kartlegging med denne datoen; velg en annen dag.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="109" />
            <location filename="../../lagmote/db/recovery_key.py" line="106" />
            <source>Nøkkelen i nøkkelringen er ødelagt.</source>
            <translation>Nøkkelen i nøkkelringen er ødelagt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="112" />
            <source>Nøkkelringen svarte ikke, så databasen kan ikke låses opp.</source>
            <translation>Nøkkelringen svarte ikke, så databasen kan ikke låses opp.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="125" />
            <source>Nøkkelen kunne ikke lagres i nøkkelringen.</source>
            <translation>Nøkkelen kunne ikke lagres i nøkkelringen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="128" />
            <source>Nøkkelringen tok ikke vare på nøkkelen, så databasen ble ikke laget.</source>
            <translation>Nøkkelringen tok ikke vare på nøkkelen, så databasen ble ikke laget.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="155" />
            <source>Passordet må ha minst {length} tegn.</source>
            <translation>Passordet må ha minst {length} tegn.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="158" />
            <source>Passordet kan ikke inneholde kontrolltegn.</source>
            <translation>Passordet kan ikke inneholde kontrolltegn.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="160" />
            <source>Passordet kan ikke begynne med x'.</source>
            <translation>Passordet kan ikke begynne med x'.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="167" />
            <source>Ingen nøkkelring er tilgjengelig: oppgi passordet i {variable}.</source>
            <translation>Ingen nøkkelring er tilgjengelig: oppgi passordet i {variable}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="173" />
            <location filename="../../lagmote/db/server.py" line="219" />
            <source>Databasen ble ikke åpnet fordi passordet ikke ble oppgitt.</source>
            <translation>Databasen ble ikke åpnet fordi passordet ikke ble oppgitt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="36" />
            <source>lagmøtet</source>
            <translation>lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="38" />
            <source>ungdommens egne ord</source>
            <translation>ungdommens egne ord</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="38" />
            <source>notatene</source>
            <translation>notatene</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="40" />
            <location filename="../../lagmote/db/meeting_ops.py" line="257" />
            <location filename="../../lagmote/db/meeting_ops.py" line="268" />
            <source>oppgaven</source>
            <translation>oppgaven</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="41" />
            <source>hvem som gjør oppgaven</source>
            <translation>hvem som gjør oppgaven</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="42" />
            <location filename="../../lagmote/db/plan_ops.py" line="60" />
            <source>fristen</source>
            <translation>fristen</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="43" />
            <source>datoen den ble gjort</source>
            <translation>datoen den ble gjort</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="76" />
            <source>Lagmøtet har ikke noe felt som heter «{field}».</source>
            <translation>Lagmøtet har ikke noe felt som heter «{field}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="107" />
            <source>Et holdt lagmøte kan ikke slettes: det er lagets referat.</source>
            <translation>Et holdt lagmøte kan ikke slettes: det er lagets referat.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="110" />
            <source>Lagmøtet har allerede noe skrevet inn, så det kan ikke slettes.</source>
            <translation>Lagmøtet har allerede noe skrevet inn, så det kan ikke slettes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="179" />
            <source>deltakeren</source>
            <translation>deltakeren</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="207" />
            <location filename="../../lagmote/db/meeting_ops.py" line="208" />
            <location filename="../../lagmote/db/meeting_ops.py" line="215" />
            <source>vedtaket</source>
            <translation>vedtaket</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="281" />
            <location filename="../../lagmote/db/team_ops.py" line="83" />
            <location filename="../../lagmote/db/team_ops.py" line="97" />
            <location filename="../../lagmote/db/team_ops.py" line="108" />
            <source>medlemmet</source>
            <translation>medlemmet</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="293" />
            <source>Fant ikke lagmøtet til {what}; noen kan ha slettet det.</source>
            <translation>Fant ikke lagmøtet til {what}; noen kan ha slettet det.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/ops_common.py" line="49" />
            <source>ungdommen</source>
            <translation>ungdommen</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/ops_common.py" line="58" />
            <source>Fant ikke {what} (id {id}); noen kan ha slettet det.</source>
            <translation>Fant ikke {what} (id {id}); noen kan ha slettet det.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/ops_common.py" line="77" />
            <source>Det som ble valgt, hører til en annen ungdom.</source>
            <translation>Det som ble valgt, hører til en annen ungdom.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="51" />
            <location filename="../../lagmote/db/plan_ops.py" line="135" />
            <location filename="../../lagmote/db/plan_ops.py" line="146" />
            <location filename="../../lagmote/db/plan_ops.py" line="223" />
            <location filename="../../lagmote/db/plan_ops.py" line="248" />
            <location filename="../../lagmote/db/plan_ops.py" line="320" />
            <source>målet</source>
            <translation>målet</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="52" />
            <source>området</source>
            <translation>området</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="53" />
            <source>hvorfor</source>
            <translation>hvorfor</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="54" />
            <source>målstigen</source>
            <translation>målstigen</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="57" />
            <location filename="../../lagmote/db/plan_ops.py" line="294" />
            <location filename="../../lagmote/db/plan_ops.py" line="307" />
            <source>tiltaket</source>
            <translation>tiltaket</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="58" />
            <source>målet tiltaket hører til</source>
            <translation>målet tiltaket hører til</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="59" />
            <source>hvem som har ansvaret</source>
            <translation>hvem som har ansvaret</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="61" />
            <source>statusen</source>
            <translation>statusen</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="62" />
            <source>datoen det ble gjort</source>
            <translation>datoen det ble gjort</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="65" />
            <source>dagen</source>
            <translation>dagen</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="66" />
            <source>starttiden</source>
            <translation>starttiden</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="67" />
            <source>sluttiden</source>
            <translation>sluttiden</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="68" />
            <source>slaget aktivitet</source>
            <translation>slaget aktivitet</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="69" />
            <source>navnet på aktiviteten</source>
            <translation>navnet på aktiviteten</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="70" />
            <source>stedet</source>
            <translation>stedet</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="92" />
            <source>teksten</source>
            <translation>teksten</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="323" />
            <source>den ansvarlige</source>
            <translation>den ansvarlige</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="364" />
            <location filename="../../lagmote/db/plan_ops.py" line="378" />
            <source>aktiviteten</source>
            <translation>aktiviteten</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/recovery_key.py" line="61" />
            <source>Gjenopprettingsnøkkelen skal ha 64 tegn (0–9 og A–F) i blokker på fire.</source>
            <translation>Gjenopprettingsnøkkelen skal ha 64 tegn (0–9 og A–F) i blokker på fire.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/recovery_key.py" line="108" />
            <source>Nøkkelringen svarte ikke, så nøkkelen kan ikke vises.</source>
            <translation>Nøkkelringen svarte ikke, så nøkkelen kan ikke vises.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/recovery_key.py" line="116" />
            <source>Nøkkelringen har ingen nøkkel for denne databasefilen.</source>
            <translation>Nøkkelringen har ingen nøkkel for denne databasefilen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/recovery_key.py" line="128" />
            <source>Passordet lagres ikke noe sted, så ta sikkerhetskopi med «lagmote backup».</source>
            <translation>Passordet lagres ikke noe sted, så ta sikkerhetskopi med «lagmote backup».</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/recovery_key.py" line="149" />
            <source>Nøkkelringen har ingen nøkkel for {name}: kjør kommandoen i et terminalvindu og skriv gjenopprettingsnøkkelen, eller oppgi passordet i {variable}.</source>
            <translation>Nøkkelringen har ingen nøkkel for {name}: kjør kommandoen i et terminalvindu og skriv gjenopprettingsnøkkelen, eller oppgi passordet i {variable}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="55" />
            <location filename="../../lagmote/db/server.py" line="103" />
            <source>Databaseadressen er ikke en gyldig PostgreSQL-adresse.</source>
            <translation>Databaseadressen er ikke en gyldig PostgreSQL-adresse.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="82" />
            <source>Innlogging til databaseserveren ble avvist: feil brukernavn eller passord.</source>
            <translation>Innlogging til databaseserveren ble avvist: feil brukernavn eller passord.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="92" />
            <source>PostgreSQL-støtte mangler: installer lagmote[postgres].</source>
            <translation>PostgreSQL-støtte mangler: installer lagmote[postgres].</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="131" />
            <source>Du har ikke tilgang til denne databasen: administratoren må gjøre deg til bruker (lagmote admin add-user).</source>
            <translation>Du har ikke tilgang til denne databasen: administratoren må gjøre deg til bruker (lagmote admin add-user).</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="142" />
            <source>Databasen må oppgraderes til denne versjonen av Lagmøte, og det kan bare administratoren gjøre (lagmote admin init).</source>
            <translation>Databasen må oppgraderes til denne versjonen av Lagmøte, og det kan bare administratoren gjøre (lagmote admin init).</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="212" />
            <source>Databaseserveren vil ha et passord, men ingen nøkkelring har det og det kan ikke spørres om her.</source>
            <translation>Databaseserveren vil ha et passord, men ingen nøkkelring har det og det kan ikke spørres om her.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="230" />
            <source>Passord for {who}: </source>
            <translation>Passord for {who}: </translation>
        </message>
        <message>
            <location filename="../../lagmote/db/settings.py" line="38" />
            <source>Evalueringsintervallet må være mellom {low} og {high} måneder.</source>
            <translation>Evalueringsintervallet må være mellom {low} og {high} måneder.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/settings.py" line="42" />
            <source>Tiden før vinduet låser seg må være mellom {low} og {high} minutter.</source>
            <translation>Tiden før vinduet låser seg må være mellom {low} og {high} minutter.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/store.py" line="34" />
            <source>Lagmøte er låst: lås opp før du fortsetter.</source>
            <translation>Lagmøte er låst: lås opp før du fortsetter.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/store.py" line="43" />
            <source>Teksten har et kontrolltegn eller ugyldig tegn som ikke kan lagres; bare linjeskift og tabulator er lov.</source>
            <translation>Teksten har et kontrolltegn eller ugyldig tegn som ikke kan lagres; bare linjeskift og tabulator er lov.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="30" />
            <source>rollen</source>
            <translation>rollen</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="31" />
            <source>navnet</source>
            <translation>navnet</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="32" />
            <source>arbeidsstedet</source>
            <translation>arbeidsstedet</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="33" />
            <source>telefonnummeret</source>
            <translation>telefonnummeret</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="34" />
            <source>e-postadressen</source>
            <translation>e-postadressen</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="35" />
            <source>ansvaret</source>
            <translation>ansvaret</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="38" />
            <source>hvem som samtykket</source>
            <translation>hvem som samtykket</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="39" />
            <source>rollen til den som samtykket</source>
            <translation>rollen til den som samtykket</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="40" />
            <location filename="../../lagmote/db/team_ops.py" line="42" />
            <source>hvem det deles med</source>
            <translation>hvem det deles med</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="41" />
            <source>datoen samtykket ble gitt</source>
            <translation>datoen samtykket ble gitt</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="43" />
            <source>hva som deles</source>
            <translation>hva som deles</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="44" />
            <source>formen på samtykket</source>
            <translation>formen på samtykket</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="45" />
            <source>datoen samtykket ble trukket tilbake</source>
            <translation>datoen samtykket ble trukket tilbake</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="46" />
            <source>merknaden</source>
            <translation>merknaden</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="155" />
            <location filename="../../lagmote/db/team_ops.py" line="167" />
            <source>samtykket</source>
            <translation>samtykket</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="38" />
            <source>Filen er ikke tekst i UTF-8.</source>
            <translation>Filen er ikke tekst i UTF-8.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="53" />
            <source>{path} er en mappe, ikke en fil.</source>
            <translation>{path} er en mappe, ikke en fil.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="58" />
            <source>Fant ikke filen {path}.</source>
            <translation>Fant ikke filen {path}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="60" />
            <source>Filen {path} kan ikke leses.</source>
            <translation>Filen {path} kan ikke leses.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="68" />
            <source>Filen er større enn {megabytes} MB, som er grensen for en Lagmøte-fil.</source>
            <translation>Filen er større enn {megabytes} MB, som er grensen for en Lagmøte-fil.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="81" />
            <source>Filen er ikke gyldig JSON (feil på linje {line}, kolonne {column}).</source>
            <translation>Filen er ikke gyldig JSON (feil på linje {line}, kolonne {column}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="86" />
            <source>Filen er nestet for dypt til å være en Lagmøte-fil.</source>
            <translation>Filen er nestet for dypt til å være en Lagmøte-fil.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="88" />
            <source>Filen er ikke gyldig JSON.</source>
            <translation>Filen er ikke gyldig JSON.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="95" />
            <source>Filen har et objekt med samme felt to ganger.</source>
            <translation>Filen har et objekt med samme felt to ganger.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="100" />
            <source>Filen har NaN eller Infinity, som ikke er gyldig JSON.</source>
            <translation>Filen har NaN eller Infinity, som ikke er gyldig JSON.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/importer.py" line="42" />
            <source>Ungdommen finnes allerede i databasen (uid {uid}). Bruk {option} for å lage en kopi.</source>
            <translation>Ungdommen finnes allerede i databasen (uid {uid}). Bruk {option} for å lage en kopi.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="47" />
            <location filename="../../lagmote/db/transfer/validate.py" line="93" />
            <source>tekst</source>
            <translation>tekst</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="47" />
            <source>true eller false</source>
            <translation>true eller false</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="47" />
            <source>en dato (ÅÅÅÅ-MM-DD)</source>
            <translation>en dato (ÅÅÅÅ-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="87" />
            <source>en sannhetsverdi</source>
            <translation>en sannhetsverdi</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="89" />
            <location filename="../../lagmote/db/transfer/validate.py" line="206" />
            <source>et heltall</source>
            <translation>et heltall</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="91" />
            <source>et desimaltall</source>
            <translation>et desimaltall</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="95" />
            <location filename="../../lagmote/db/transfer/validate.py" line="142" />
            <source>en liste</source>
            <translation>en liste</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="97" />
            <location filename="../../lagmote/db/transfer/validate.py" line="155" />
            <source>et objekt</source>
            <translation>et objekt</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="98" />
            <source>en verdi JSON ikke har</source>
            <translation>en verdi JSON ikke har</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="105" />
            <source>{path}: må være {expected}, fikk {actual}.</source>
            <translation>{path}: må være {expected}, fikk {actual}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="112" />
            <source>et heltall fra {low} til {high}</source>
            <translation>et heltall fra {low} til {high}</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="129" />
            <source>Dokumentet må være et JSON-objekt, fikk {actual}.</source>
            <translation>Dokumentet må være et JSON-objekt, fikk {actual}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="145" />
            <source>{path}: kan ha høyst {most} rader, fikk {count}.</source>
            <translation>{path}: kan ha høyst {most} rader, fikk {count}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="170" />
            <source>{path}: ref {ref} er brukt av en annen rad i {table}.</source>
            <translation>{path}: ref {ref} er brukt av en annen rad i {table}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="191" />
            <source>{path}: peker på ref {ref}, men ingen rad i {table} har den.</source>
            <translation>{path}: peker på ref {ref}, men ingen rad i {table} har den.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="200" />
            <source>{path}: må være "{format}", ellers er dette ikke en Lagmøte-fil.</source>
            <translation>{path}: må være "{format}", ellers er dette ikke en Lagmøte-fil.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="210" />
            <source>{path}: filen er laget med en nyere versjon av Lagmøte, så programmet må oppdateres først.</source>
            <translation>{path}: filen er laget med en nyere versjon av Lagmøte, så programmet må oppdateres først.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="217" />
            <source>{path}: må være {version}, fikk et annet tall.</source>
            <translation>{path}: må være {version}, fikk et annet tall.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="270" />
            <source>{path}: feltet mangler.</source>
            <translation>{path}: feltet mangler.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="275" />
            <source>{path}: ukjent felt.</source>
            <translation>{path}: ukjent felt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="277" />
            <source>{path}: har et ukjent felt med et navn som ikke kan vises.</source>
            <translation>{path}: har et ukjent felt med et navn som ikke kan vises.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="278" />
            <source>Dokumentet</source>
            <translation>Dokumentet</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="288" />
            <source>et tidspunkt på formen ÅÅÅÅ-MM-DDTtt:mm:ss</source>
            <translation>et tidspunkt på formen ÅÅÅÅ-MM-DDTtt:mm:ss</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="299" />
            <source>{path}: må være {expected}, fikk annen tekst.</source>
            <translation>{path}: må være {expected}, fikk annen tekst.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="306" />
            <source>en av {codes}</source>
            <translation>en av {codes}</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="312" />
            <source>{expected} eller null</source>
            <translation>{expected} eller null</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="321" />
            <source>{path}: må være {expected}, fikk en ukjent kode.</source>
            <translation>{path}: må være {expected}, fikk en ukjent kode.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="329" />
            <source>{path}: kan ha høyst {most} tegn, fikk {count}.</source>
            <translation>{path}: kan ha høyst {most} tegn, fikk {count}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="335" />
            <source>{path}: har kontrolltegn, og bare linjeskift og tabulator er lov.</source>
            <translation>{path}: har kontrolltegn, og bare linjeskift og tabulator er lov.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="347" />
            <source>{path}: må være {expected}, fikk et tall utenfor.</source>
            <translation>{path}: må være {expected}, fikk et tall utenfor.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="369" />
            <source>{path}: må være en dato som finnes, fikk en dato som ikke finnes.</source>
            <translation>{path}: må være en dato som finnes, fikk en dato som ikke finnes.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="389" />
            <source>{path}: samme {fields} finnes allerede i {other}.</source>
            <translation>{path}: samme {fields} finnes allerede i {other}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="410" />
            <source>{path}: må være en UUID med små bokstaver, fikk annen tekst.</source>
            <translation>{path}: må være en UUID med små bokstaver, fikk annen tekst.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="417" />
            <source>{path}: må være områdenumre fra {low} til {high} skilt med komma, fikk annen tekst.</source>
            <translation>{path}: må være områdenumre fra {low} til {high} skilt med komma, fikk annen tekst.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="427" />
            <source>{path}: må være senere enn {start}.</source>
            <translation>{path}: må være senere enn {start}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="437" />
            <source>{path}: må være rollekoder skilt med komma, fikk en ukjent kode.</source>
            <translation>{path}: må være rollekoder skilt med komma, fikk en ukjent kode.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="449" />
            <source>{path}: må være {what} skilt med komma, fikk en ukjent kode.</source>
            <translation>{path}: må være {what} skilt med komma, fikk en ukjent kode.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="460" />
            <source>perspektivkoder</source>
            <translation>perspektivkoder</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="466" />
            <source>overgangskoder</source>
            <translation>overgangskoder</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/urls.py" line="35" />
            <source>Skriv ikke passordet i databaseadressen: Lagmøte spør om det og tar vare på det i nøkkelringen.</source>
            <translation>Skriv ikke passordet i databaseadressen: Lagmøte spør om det og tar vare på det i nøkkelringen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/youth_access.py" line="29" />
            <source>Du har ikke tilgang til ungdom {id}: du er ikke med i laget rundt ungdommen (eller saken finnes ikke). Spør administratoren om du skal ha tilgang.</source>
            <translation>Du har ikke tilgang til ungdom {id}: du er ikke med i laget rundt ungdommen (eller saken finnes ikke). Spør administratoren om du skal ha tilgang.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="111" />
            <source>Utkast</source>
            <translation>Utkast</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="113" />
            <location filename="../../lagmote/standard.py" line="1067" />
            <source>Fullført</source>
            <translation>Fullført</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="129" />
            <source>Spørsmål {number}: {judgements}.</source>
            <translation>Spørsmål {number}: {judgements}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="205" />
            <source>Oppfølgingen ble avsluttet {date}.</source>
            <translation>Oppfølgingen ble avsluttet {date}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="207" />
            <source>Oppfølgingen er avsluttet.</source>
            <translation>Oppfølgingen er avsluttet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="209" />
            <source>Første evaluering blir beregnet fra iverksettingen, som ikke er registrert.</source>
            <translation>Første evaluering blir beregnet fra iverksettingen, som ikke er registrert.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="212" />
            <source>⚠ Evalueringen er på overtid: {late} over fristen {due}.</source>
            <translation>⚠ Evalueringen er på overtid: {late} over fristen {due}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="214" />
            <source>Neste evaluering skal være gjort senest {date}.</source>
            <translation>Neste evaluering skal være gjort senest {date}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="253" />
            <source>Evalueringen kan ikke være datert fram i tid.</source>
            <translation>Evalueringen kan ikke være datert fram i tid.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="256" />
            <source>Perioden må begynne før den slutter.</source>
            <translation>Perioden må begynne før den slutter.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="258" />
            <source>Perioden kan ikke begynne etter evalueringsdatoen.</source>
            <translation>Perioden kan ikke begynne etter evalueringsdatoen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="260" />
            <source>Perioden kan ikke slutte etter evalueringsdatoen.</source>
            <translation>Perioden kan ikke slutte etter evalueringsdatoen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="261" />
            <source>Deltakerlisten</source>
            <translation>Deltakerlisten</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="268" />
            <source>Ukjent perspektiv: «{code}».</source>
            <translation>Ukjent perspektiv: «{code}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="274" />
            <source>Evalueringen har ikke noe spørsmål {number}.</source>
            <translation>Evalueringen har ikke noe spørsmål {number}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="278" />
            <source>Ukjent vurdering: «{code}».</source>
            <translation>Ukjent vurdering: «{code}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="279" />
            <source>Svaret</source>
            <translation>Svaret</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="285" />
            <source>Ukjent anbefaling: «{code}».</source>
            <translation>Ukjent anbefaling: «{code}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="286" />
            <source>Begrunnelsen</source>
            <translation>Begrunnelsen</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="287" />
            <source>Teksten om uenighet</source>
            <translation>Teksten om uenighet</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="290" />
            <source>Neste evaluering må være etter denne.</source>
            <translation>Neste evaluering må være etter denne.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="292" />
            <source>Når oppfølgingen avsluttes, skal det ikke settes noen ny evaluering.</source>
            <translation>Når oppfølgingen avsluttes, skal det ikke settes noen ny evaluering.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="298" />
            <source>Kryss av for hvem som har gitt tilbakemelding.</source>
            <translation>Kryss av for hvem som har gitt tilbakemelding.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="302" />
            <source>Svar på spørsmål {numbers} fra minst ett perspektiv.</source>
            <translation>Svar på spørsmål {numbers} fra minst ett perspektiv.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="305" />
            <source>Velg om oppfølgingen skal avsluttes eller videreføres.</source>
            <translation>Velg om oppfølgingen skal avsluttes eller videreføres.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="307" />
            <source>Skriv begrunnelsen for anbefalingen.</source>
            <translation>Skriv begrunnelsen for anbefalingen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="309" />
            <source>Sett dato for neste evaluering.</source>
            <translation>Sett dato for neste evaluering.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="311" />
            <source>Perspektivene er uenige: skriv hvordan laget vurderer uenigheten.</source>
            <translation>Perspektivene er uenige: skriv hvordan laget vurderer uenigheten.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="317" />
            <source>Evalueringsintervallet må være mellom {least} og {most} måneder.</source>
            <translation>Evalueringsintervallet må være mellom {least} og {most} måneder.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="44" />
            <source>Ikke vurdert ennå.</source>
            <translation>Ikke vurdert ennå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="46" />
            <source>Vurdert én gang: {rating}.</source>
            <translation>Vurdert én gang: {rating}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="47" />
            <source>Fra {first} til {latest}: {direction}.</source>
            <translation>Fra {first} til {latest}: {direction}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="68" />
            <source>Ingen lagmøter ble holdt i perioden.</source>
            <translation>Ingen lagmøter ble holdt i perioden.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="69" />
            <source>{on_time} av {held} lagmøter ble holdt innen fristen.</source>
            <translation>{on_time} av {held} lagmøter ble holdt innen fristen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="72" />
            <source>{date}: {days} for sent.</source>
            <translation>{date}: {days} for sent.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="89" />
            <source>Ingen oppgaver fra lagmøtene hadde frist i perioden.</source>
            <translation>Ingen oppgaver fra lagmøtene hadde frist i perioden.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="90" />
            <source>{kept} av {due} oppgaver fra lagmøtene ble gjort innen fristen, {kept_late} ble gjort for sent, og {not_done} er ikke gjort.</source>
            <translation>{kept} av {due} oppgaver fra lagmøtene ble gjort innen fristen, {kept_late} ble gjort for sent, og {not_done} er ikke gjort.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="115" />
            <source>Det trengs minst to kartlegginger for å se endring.</source>
            <translation>Det trengs minst to kartlegginger for å se endring.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="116" />
            <source>Første kartlegging {first}, siste {latest}.</source>
            <translation>Første kartlegging {first}, siste {latest}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="123" />
            <source>{whose}: {changes}.</source>
            <translation>{whose}: {changes}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="125" />
            <source>{whose}: ingen endring.</source>
            <translation>{whose}: ingen endring.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="127" />
            <location filename="../../lagmote/kartlegging.py" line="192" />
            <source>Skjulte områder er ikke tatt med.</source>
            <translation>Skjulte områder er ikke tatt med.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="216" />
            <source>1 trinn bedre</source>
            <translation>1 trinn bedre</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="216" />
            <source>1 trinn dårligere</source>
            <translation>1 trinn dårligere</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="218" />
            <source>{n} trinn bedre</source>
            <translation>{n} trinn bedre</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="220" />
            <source>{n} trinn dårligere</source>
            <translation>{n} trinn dårligere</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="221" />
            <source>uendret</source>
            <translation>uendret</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="175" />
            <source>Endring over tid vises når det finnes minst to kartlegginger.</source>
            <translation>Endring over tid vises når det finnes minst to kartlegginger.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="178" />
            <source>Endring siden første kartlegging ({date}), etter {whose}:</source>
            <translation>Endring siden første kartlegging ({date}), etter {whose}:</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="182" />
            <source>Mest bedring: {areas}.</source>
            <translation>Mest bedring: {areas}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="184" />
            <source>Ingen områder er vurdert bedre enn første gang.</source>
            <translation>Ingen områder er vurdert bedre enn første gang.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="187" />
            <source>Mest tilbakegang: {areas}.</source>
            <translation>Mest tilbakegang: {areas}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="189" />
            <source>Ingen områder er vurdert dårligere enn første gang.</source>
            <translation>Ingen områder er vurdert dårligere enn første gang.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="197" />
            <source>{area} (fra {first} til {latest})</source>
            <translation>{area} (fra {first} til {latest})</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="218" />
            <source>Ungdommen og laget er ikke mer enn ett trinn fra hverandre på noe område.</source>
            <translation>Ungdommen og laget er ikke mer enn ett trinn fra hverandre på noe område.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="219" />
            <source>{area} (ungdommen {youth}, laget {team})</source>
            <translation>{area} (ungdommen {youth}, laget {team})</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="228" />
            <source>Ungdommen og laget ser ulikt på: {areas}. Det er noe å snakke om.</source>
            <translation>Ungdommen og laget ser ulikt på: {areas}. Det er noe å snakke om.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="254" />
            <location filename="../../lagmote/plan.py" line="181" />
            <source>Området må være et av de 12 områdene i kartleggingen.</source>
            <translation>Området må være et av de 12 områdene i kartleggingen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="256" />
            <source>Ukjent vurdering: «{perspective}»; bruk ungdommens eller lagets.</source>
            <translation>Ukjent vurdering: «{perspective}»; bruk ungdommens eller lagets.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="260" />
            <source>En vurdering i kartleggingen må være fra 1 til 5, eller «ikke vurdert».</source>
            <translation>En vurdering i kartleggingen må være fra 1 til 5, eller «ikke vurdert».</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="262" />
            <source>Teksten om ressurser</source>
            <translation>Teksten om ressurser</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="263" />
            <source>Teksten om risiko</source>
            <translation>Teksten om risiko</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="268" />
            <source>En kartlegging kan ikke ha en dato fram i tid.</source>
            <translation>En kartlegging kan ikke ha en dato fram i tid.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="269" />
            <source>Merknaden</source>
            <translation>Merknaden</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="274" />
            <source>Bare de 12 områdene i kartleggingen kan merkes som sensitive.</source>
            <translation>Bare de 12 områdene i kartleggingen kan merkes som sensitive.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="283" />
            <source>ikke vurdert</source>
            <translation>ikke vurdert</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="294" />
            <source>Område</source>
            <translation>Område</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="296" />
            <source>Å snakke om</source>
            <translation>Å snakke om</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="300" />
            <source>Område {number}: skjult</source>
            <translation>Område {number}: skjult</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="301" />
            <source>skjult</source>
            <translation>skjult</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="306" />
            <source>Ja, ulik vurdering</source>
            <translation>Ja, ulik vurdering</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="122" />
            <source>ingen</source>
            <translation>ingen</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="145" />
            <source>Senest seks uker etter forrige lagmøte ({date}).</source>
            <translation>Senest seks uker etter forrige lagmøte ({date}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="148" />
            <source>Det første lagmøtet skal holdes senest én uke etter oppstartsmøtet.</source>
            <translation>Det første lagmøtet skal holdes senest én uke etter oppstartsmøtet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="150" />
            <source>Fristen var {date}, så møtet bør holdes nå.</source>
            <translation>Fristen var {date}, så møtet bør holdes nå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="162" />
            <source>{date} er 1 dag etter fristen ({due}): lagmøtene skal holdes minst hver {weeks}. uke.</source>
            <translation>{date} er 1 dag etter fristen ({due}): lagmøtene skal holdes minst hver {weeks}. uke.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="166" />
            <source>{date} er {days} dager etter fristen ({due}): lagmøtene skal holdes minst hver {weeks}. uke.</source>
            <translation>{date} er {days} dager etter fristen ({due}): lagmøtene skal holdes minst hver {weeks}. uke.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="262" />
            <location filename="../../lagmote/meetings.py" line="268" />
            <location filename="../../lagmote/plan.py" line="173" />
            <location filename="../../lagmote/plan.py" line="183" />
            <location filename="../../lagmote/team.py" line="148" />
            <source>Teksten</source>
            <translation>Teksten</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="267" />
            <source>Dagsordenen har ikke noe punkt som heter «{key}».</source>
            <translation>Dagsordenen har ikke noe punkt som heter «{key}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="273" />
            <source>Skriv hva som skal gjøres.</source>
            <translation>Skriv hva som skal gjøres.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="274" />
            <source>Oppgaven</source>
            <translation>Oppgaven</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="276" />
            <source>En oppgave kan ikke være gjort på en dato fram i tid.</source>
            <translation>En oppgave kan ikke være gjort på en dato fram i tid.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="281" />
            <source>Skriv hva laget ble enige om.</source>
            <translation>Skriv hva laget ble enige om.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="282" />
            <source>Vedtaket</source>
            <translation>Vedtaket</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="287" />
            <location filename="../../lagmote/profile.py" line="64" />
            <location filename="../../lagmote/team.py" line="136" />
            <location filename="../../lagmote/team.py" line="181" />
            <source>Ukjent rolle: «{role}».</source>
            <translation>Ukjent rolle: «{role}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="289" />
            <source>Skriv navnet på den som var med.</source>
            <translation>Skriv navnet på den som var med.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="290" />
            <location filename="../../lagmote/team.py" line="134" />
            <location filename="../../lagmote/team.py" line="182" />
            <source>Navnet</source>
            <translation>Navnet</translation>
        </message>
        <message>
            <location filename="../../lagmote/minutes.py" line="139" />
            <source>Ungdommen har ingen lagmøter ennå; det finnes ikke noe referat.</source>
            <translation>Ungdommen har ingen lagmøter ennå; det finnes ikke noe referat.</translation>
        </message>
        <message>
            <location filename="../../lagmote/minutes.py" line="143" />
            <source>Ungdommen har bare ett lagmøte; velg 1.</source>
            <translation>Ungdommen har bare ett lagmøte; velg 1.</translation>
        </message>
        <message>
            <location filename="../../lagmote/minutes.py" line="144" />
            <source>Ungdommen har bare {count} lagmøter; velg et tall fra 1 til {count}.</source>
            <translation>Ungdommen har bare {count} lagmøter; velg et tall fra 1 til {count}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/minutes.py" line="147" />
            <source>Lagmøte {number} er ikke holdt ennå; det finnes ikke noe referat.</source>
            <translation>Lagmøte {number} er ikke holdt ennå; det finnes ikke noe referat.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="172" />
            <source>Planen har ingen del som heter «{key}».</source>
            <translation>Planen har ingen del som heter «{key}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="178" />
            <source>Målet må ha en tekst: skriv det med ungdommens egne ord.</source>
            <translation>Målet må ha en tekst: skriv det med ungdommens egne ord.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="179" />
            <source>Målet</source>
            <translation>Målet</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="188" />
            <source>En vurdering på målstigen må være fra −2 til +2.</source>
            <translation>En vurdering på målstigen må være fra −2 til +2.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="193" />
            <source>Tiltaket må ha en tekst som sier hva som skal gjøres.</source>
            <translation>Tiltaket må ha en tekst som sier hva som skal gjøres.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="194" />
            <source>Tiltaket</source>
            <translation>Tiltaket</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="196" />
            <source>Ukjent status for tiltaket: «{status}».</source>
            <translation>Ukjent status for tiltaket: «{status}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="198" />
            <source>Bare et fullført tiltak kan ha en dato for når det ble gjort.</source>
            <translation>Bare et fullført tiltak kan ha en dato for når det ble gjort.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="204" />
            <source>Dagen må være en ukedag fra mandag til søndag.</source>
            <translation>Dagen må være en ukedag fra mandag til søndag.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="206" />
            <source>Ukjent type aktivitet: «{kind}».</source>
            <translation>Ukjent type aktivitet: «{kind}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="208" />
            <source>En aktivitet må ligge innenfor ett døgn (00:00–24:00).</source>
            <translation>En aktivitet må ligge innenfor ett døgn (00:00–24:00).</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="210" />
            <source>En aktivitet må slutte etter at den begynner.</source>
            <translation>En aktivitet må slutte etter at den begynner.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="211" />
            <source>Navnet på aktiviteten</source>
            <translation>Navnet på aktiviteten</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="212" />
            <source>Stedet</source>
            <translation>Stedet</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="218" />
            <source>{what} har for mange tegn ({count}); høyst {most} går an.</source>
            <translation>{what} har for mange tegn ({count}); høyst {most} går an.</translation>
        </message>
        <message>
            <location filename="../../lagmote/preferences.py" line="34" />
            <source>Som systemet</source>
            <translation>Som systemet</translation>
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
            <translation>Ukjent språk: «{language}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/preferences.py" line="52" />
            <source>Datamappen er ikke en gyldig mappe eller adresse.</source>
            <translation>Datamappen er ikke en gyldig mappe eller adresse.</translation>
        </message>
        <message>
            <location filename="../../lagmote/preferences.py" line="53" />
            <source>Databasen er ikke en gyldig mappe eller adresse.</source>
            <translation>Databasen er ikke en gyldig mappe eller adresse.</translation>
        </message>
        <message>
            <location filename="../../lagmote/private_file.py" line="38" />
            <source>Filen {path} kan ikke skrives.</source>
            <translation>Filen {path} kan ikke skrives.</translation>
        </message>
        <message>
            <location filename="../../lagmote/profile.py" line="60" />
            <source>Skriv navnet ditt.</source>
            <translation>Skriv navnet ditt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/profile.py" line="66" />
            <source>Navnet har for mange tegn; høyst {most} går an.</source>
            <translation>Navnet har for mange tegn; høyst {most} går an.</translation>
        </message>
        <message>
            <location filename="../../lagmote/profile.py" line="67" />
            <source>Virksomheten har for mange tegn; høyst {most} går an.</source>
            <translation>Virksomheten har for mange tegn; høyst {most} går an.</translation>
        </message>
        <message>
            <location filename="../../lagmote/report_records.py" line="27" />
            <source>Periodens første dag ({first}) er etter den siste ({last}).</source>
            <translation>Periodens første dag ({first}) er etter den siste ({last}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/report_records.py" line="47" />
            <source>«{text}» er ikke en dato; skriv den som 2026-12-31.</source>
            <translation>«{text}» er ikke en dato; skriv den som 2026-12-31.</translation>
        </message>
        <message>
            <location filename="../../lagmote/service_notes.py" line="42" />
            <source>Bare politiet, barnevernet og helsetjenesten har egne notater.</source>
            <translation>Bare politiet, barnevernet og helsetjenesten har egne notater.</translation>
        </message>
        <message>
            <location filename="../../lagmote/service_notes.py" line="45" />
            <source>Notatet er tomt.</source>
            <translation>Notatet er tomt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/service_notes.py" line="46" />
            <source>Notatet</source>
            <translation>Notatet</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="115" />
            <source>Skole og utdanning</source>
            <translation>Skole og utdanning</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="116" />
            <location filename="../../lagmote/standard.py" line="309" />
            <location filename="../../lagmote/standard.py" line="454" />
            <location filename="../../lagmote/standard.py" line="572" />
            <location filename="../../lagmote/standard.py" line="1087" />
            <location filename="../../lagmote/week.py" line="39" />
            <source>Skole</source>
            <translation>Skole</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="117" />
            <source>Hvordan det går på skolen eller i utdanningen, og om ungdommen er der.</source>
            <translation>Hvordan det går på skolen eller i utdanningen, og om ungdommen er der.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="123" />
            <source>Familie og omsorgssituasjon</source>
            <translation>Familie og omsorgssituasjon</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="124" />
            <location filename="../../lagmote/standard.py" line="1078" />
            <location filename="../../lagmote/week.py" line="43" />
            <source>Familie</source>
            <translation>Familie</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="125" />
            <source>Hvem ungdommen bor med, og hvordan hjemmet og omsorgen fungerer.</source>
            <translation>Hvem ungdommen bor med, og hvordan hjemmet og omsorgen fungerer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="131" />
            <source>Venner og fritid</source>
            <translation>Venner og fritid</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="132" />
            <source>Venner/fritid</source>
            <translation>Venner/fritid</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="133" />
            <source>Hvem ungdommen er sammen med, og hva ungdommen gjør når skolen er slutt.</source>
            <translation>Hvem ungdommen er sammen med, og hva ungdommen gjør når skolen er slutt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="139" />
            <source>Psykisk og fysisk helse</source>
            <translation>Psykisk og fysisk helse</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="140" />
            <source>Helse</source>
            <translation>Helse</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="141" />
            <source>Hvordan ungdommen har det med kroppen og med tankene og følelsene sine.</source>
            <translation>Hvordan ungdommen har det med kroppen og med tankene og følelsene sine.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="147" />
            <source>Tidligere og nåværende atferd</source>
            <translation>Tidligere og nåværende atferd</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="148" />
            <source>Atferd</source>
            <translation>Atferd</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="149" />
            <source>Hvordan ungdommen har oppført seg før, og hvordan ungdommen oppfører seg nå.</source>
            <translation>Hvordan ungdommen har oppført seg før, og hvordan ungdommen oppfører seg nå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="155" />
            <source>Motivasjon og endringsvilje</source>
            <translation>Motivasjon og endringsvilje</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="156" />
            <location filename="../../lagmote/standard.py" line="849" />
            <source>Motivasjon</source>
            <translation>Motivasjon</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="157" />
            <source>Hva ungdommen selv vil endre, og hva som gir lyst og krefter til å prøve.</source>
            <translation>Hva ungdommen selv vil endre, og hva som gir lyst og krefter til å prøve.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="163" />
            <source>Kriminalitetshistorikk</source>
            <translation>Kriminalitetshistorikk</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="164" />
            <source>Kriminalitet</source>
            <translation>Kriminalitet</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="165" />
            <source>Hvilken kriminalitet ungdommen har vært med på, og om det skjer fortsatt.</source>
            <translation>Hvilken kriminalitet ungdommen har vært med på, og om det skjer fortsatt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="171" />
            <source>Ungdommens nettverk</source>
            <translation>Ungdommens nettverk</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="172" />
            <source>Nettverk</source>
            <translation>Nettverk</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="173" />
            <source>Hvilke voksne, venner og miljøer ungdommen har rundt seg, både gode og dårlige.</source>
            <translation>Hvilke voksne, venner og miljøer ungdommen har rundt seg, både gode og dårlige.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="179" />
            <location filename="../../lagmote/standard.py" line="180" />
            <source>Interesser</source>
            <translation>Interesser</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="181" />
            <source>Hva ungdommen liker å gjøre, og hva ungdommen gjerne vil prøve.</source>
            <translation>Hva ungdommen liker å gjøre, og hva ungdommen gjerne vil prøve.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="187" />
            <source>Ungdommens beskyttelses- og risikofaktorer</source>
            <translation>Ungdommens beskyttelses- og risikofaktorer</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="188" />
            <source>Vern og risiko</source>
            <translation>Vern og risiko</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="189" />
            <source>Hva som beskytter ungdommen, og hva som kan dra ungdommen i feil retning.</source>
            <translation>Hva som beskytter ungdommen, og hva som kan dra ungdommen i feil retning.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="195" />
            <source>Familiens styrker og behov</source>
            <translation>Familiens styrker og behov</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="196" />
            <source>Familiestyrker</source>
            <translation>Familiestyrker</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="197" />
            <source>Hva familien får til, og hva familien trenger hjelp til.</source>
            <translation>Hva familien får til, og hva familien trenger hjelp til.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="203" />
            <location filename="../../lagmote/standard.py" line="204" />
            <source>Sikkerhet</source>
            <translation>Sikkerhet</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="205" />
            <source>Om ungdommen, familien eller andre er i fare, og hva som gjør dem trygge.</source>
            <translation>Om ungdommen, familien eller andre er i fare, og hva som gjør dem trygge.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="257" />
            <source>Stor bekymring</source>
            <translation>Stor bekymring</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="257" />
            <source>Dette er et alvorlig problem som trenger hjelp nå.</source>
            <translation>Dette er et alvorlig problem som trenger hjelp nå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="258" />
            <source>Bekymring</source>
            <translation>Bekymring</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="258" />
            <source>Dette er et tydelig problem som må følges opp.</source>
            <translation>Dette er et tydelig problem som må følges opp.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="260" />
            <source>Litt bekymring</source>
            <translation>Litt bekymring</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="260" />
            <source>Noe går bra, men noe er vanskelig og må følges med på.</source>
            <translation>Noe går bra, men noe er vanskelig og må følges med på.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="262" />
            <source>Greit</source>
            <translation>Greit</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="262" />
            <source>Dette går stort sett bra.</source>
            <translation>Dette går stort sett bra.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="263" />
            <source>Bra – en styrke</source>
            <translation>Bra – en styrke</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="263" />
            <source>Dette går bra og er noe å bygge videre på.</source>
            <translation>Dette går bra og er noe å bygge videre på.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="268" />
            <source>Ungdommens vurdering</source>
            <translation>Ungdommens vurdering</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="269" />
            <source>Lagets vurdering</source>
            <translation>Lagets vurdering</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="306" />
            <location filename="../../lagmote/standard.py" line="318" />
            <location filename="../../lagmote/standard.py" line="1008" />
            <source>Ungdommen</source>
            <translation>Ungdommen</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="307" />
            <source>Familien</source>
            <translation>Familien</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="308" />
            <location filename="../../lagmote/standard.py" line="571" />
            <source>Bydel</source>
            <translation>Bydel</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="310" />
            <location filename="../../lagmote/standard.py" line="573" />
            <location filename="../../lagmote/standard.py" line="1088" />
            <source>Politi</source>
            <translation>Politi</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="311" />
            <source>Andre</source>
            <translation>Andre</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="321" />
            <source>Være med og bestemme hva oppfølgingen skal inneholde.</source>
            <translation>Være med og bestemme hva oppfølgingen skal inneholde.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="322" />
            <source>Lage «Min plan» med egne mål og ønsker sammen med oppfølgeren.</source>
            <translation>Lage «Min plan» med egne mål og ønsker sammen med oppfølgeren.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="323" />
            <source>Forberede lagmøtene sammen med oppfølgeren.</source>
            <translation>Forberede lagmøtene sammen med oppfølgeren.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="324" />
            <source>Delta i lagmøtene sammen med oppfølgeren.</source>
            <translation>Delta i lagmøtene sammen med oppfølgeren.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="325" />
            <source>Si fra om hva som virker, og hva som bør endres.</source>
            <translation>Si fra om hva som virker, og hva som bør endres.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="326" />
            <location filename="../../lagmote/standard.py" line="340" />
            <source>Gi tilbakemelding når oppfølgingen evalueres.</source>
            <translation>Gi tilbakemelding når oppfølgingen evalueres.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="332" />
            <location filename="../../lagmote/standard.py" line="1009" />
            <source>Foresatte</source>
            <translation>Foresatte</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="335" />
            <source>Ha ansvaret for ungdommens oppvekst og daglige omsorg.</source>
            <translation>Ha ansvaret for ungdommens oppvekst og daglige omsorg.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="336" />
            <source>Svare innen 1–2 dager etter oppstartsmøtet om familien vil være med.</source>
            <translation>Svare innen 1–2 dager etter oppstartsmøtet om familien vil være med.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="337" />
            <source>Ta stilling til samtykke til samarbeid og deling av informasjon.</source>
            <translation>Ta stilling til samtykke til samarbeid og deling av informasjon.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="338" />
            <source>Være med og lage «Min plan» sammen med ungdommen.</source>
            <translation>Være med og lage «Min plan» sammen med ungdommen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="339" />
            <source>Delta aktivt i oppfølgingen og i lagmøtene.</source>
            <translation>Delta aktivt i oppfølgingen og i lagmøtene.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="346" />
            <location filename="../../lagmote/standard.py" line="1010" />
            <source>Fagansvarlig</source>
            <translation>Fagansvarlig</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="349" />
            <source>Ha det faglige ansvaret for oppfølgingen.</source>
            <translation>Ha det faglige ansvaret for oppfølgingen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="350" />
            <source>Koordinere oppfølgingen ved å kalle inn til og lede møter.</source>
            <translation>Koordinere oppfølgingen ved å kalle inn til og lede møter.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="351" />
            <source>Lede inntaksmøtene.</source>
            <translation>Lede inntaksmøtene.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="352" />
            <source>Sørge for at oppstartsmøtet blir holdt.</source>
            <translation>Sørge for at oppstartsmøtet blir holdt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="353" />
            <source>Gjennomføre kartleggingen sammen med oppfølgeren.</source>
            <translation>Gjennomføre kartleggingen sammen med oppfølgeren.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="354" />
            <source>Ha ansvaret for at oppfølgingen blir satt i gang.</source>
            <translation>Ha ansvaret for at oppfølgingen blir satt i gang.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="355" />
            <source>Gjøre «Min plan» ferdig sammen med oppfølgeren.</source>
            <translation>Gjøre «Min plan» ferdig sammen med oppfølgeren.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="356" />
            <source>Kalle inn til lagmøter sammen med oppfølgeren.</source>
            <translation>Kalle inn til lagmøter sammen med oppfølgeren.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="357" />
            <source>Foreslå tilbud og tiltak i regi av bydelen.</source>
            <translation>Foreslå tilbud og tiltak i regi av bydelen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="358" />
            <source>Sørge for at oppfølgeren får veiledning.</source>
            <translation>Sørge for at oppfølgeren får veiledning.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="359" />
            <source>Sikre at rutiner for informasjonsdeling, meldeplikt og avvergingsplikt følges.</source>
            <translation>Sikre at rutiner for informasjonsdeling, meldeplikt og avvergingsplikt følges.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="360" />
            <source>Sørge for at oppfølgingen blir evaluert jevnlig.</source>
            <translation>Sørge for at oppfølgingen blir evaluert jevnlig.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="361" />
            <source>Rapportere om oppfølgingen.</source>
            <translation>Rapportere om oppfølgingen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="367" />
            <location filename="../../lagmote/standard.py" line="1011" />
            <source>Én-til-én-oppfølger</source>
            <translation>Én-til-én-oppfølger</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="370" />
            <source>Jobbe tett med ungdommen gjennom hele oppfølgingen.</source>
            <translation>Jobbe tett med ungdommen gjennom hele oppfølgingen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="371" />
            <source>Ha hovedansvaret for å bygge relasjon, støtte endring og følge opp ungdommen i hverdagen.</source>
            <translation>Ha hovedansvaret for å bygge relasjon, støtte endring og følge opp ungdommen i hverdagen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="375" />
            <source>Møte ungdommen daglig, som hovedregel.</source>
            <translation>Møte ungdommen daglig, som hovedregel.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="376" />
            <source>Kartlegge ungdommens behov og interesser.</source>
            <translation>Kartlegge ungdommens behov og interesser.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="377" />
            <source>Lage «Min plan» sammen med ungdommen og gjøre den ferdig med fagansvarlig.</source>
            <translation>Lage «Min plan» sammen med ungdommen og gjøre den ferdig med fagansvarlig.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="378" />
            <source>Forberede ungdommen før lagmøtene.</source>
            <translation>Forberede ungdommen før lagmøtene.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="379" />
            <source>Kalle inn til lagmøter sammen med fagansvarlig.</source>
            <translation>Kalle inn til lagmøter sammen med fagansvarlig.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="380" />
            <source>Delta i lagmøtene.</source>
            <translation>Delta i lagmøtene.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="381" />
            <source>Hente inn relevant informasjon før lagmøtene og sikre god informasjonsutveksling i møtet.</source>
            <translation>Hente inn relevant informasjon før lagmøtene og sikre god informasjonsutveksling i møtet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="385" />
            <location filename="../../lagmote/standard.py" line="398" />
            <location filename="../../lagmote/standard.py" line="413" />
            <location filename="../../lagmote/standard.py" line="445" />
            <source>Foreslå tiltak og tilbud i regi av bydelen.</source>
            <translation>Foreslå tiltak og tilbud i regi av bydelen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="386" />
            <source>Delta på veiledning og fagsamlinger i regi av Velferdsetaten.</source>
            <translation>Delta på veiledning og fagsamlinger i regi av Velferdsetaten.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="392" />
            <location filename="../../lagmote/standard.py" line="1086" />
            <source>Barneverntjenesten</source>
            <translation>Barneverntjenesten</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="395" />
            <location filename="../../lagmote/standard.py" line="412" />
            <source>Foreslå ungdommer som kan vurderes for én-til-én-oppfølging.</source>
            <translation>Foreslå ungdommer som kan vurderes for én-til-én-oppfølging.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="396" />
            <location filename="../../lagmote/standard.py" line="459" />
            <source>Delta fast i inntaksmøtene.</source>
            <translation>Delta fast i inntaksmøtene.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="397" />
            <source>Ta imot bekymringsmeldinger og ha en aktiv rolle i samarbeidet.</source>
            <translation>Ta imot bekymringsmeldinger og ha en aktiv rolle i samarbeidet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="399" />
            <source>Dele informasjon om ungdommens utvikling, omsorgs- og oppvekstsituasjon.</source>
            <translation>Dele informasjon om ungdommens utvikling, omsorgs- og oppvekstsituasjon.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="400" />
            <source>Hente inn relevant informasjon før møter og ta den med inn i møtet.</source>
            <translation>Hente inn relevant informasjon før møter og ta den med inn i møtet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="401" />
            <location filename="../../lagmote/standard.py" line="419" />
            <source>Samarbeide med fagansvarlig og én-til-én-oppfølger.</source>
            <translation>Samarbeide med fagansvarlig og én-til-én-oppfølger.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="402" />
            <source>Koordinere oppfølgingen når det er hensiktsmessig.</source>
            <translation>Koordinere oppfølgingen når det er hensiktsmessig.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="403" />
            <location filename="../../lagmote/standard.py" line="448" />
            <source>Bidra med familieveileder når det er aktuelt.</source>
            <translation>Bidra med familieveileder når det er aktuelt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="409" />
            <source>Utekontakten</source>
            <translation>Utekontakten</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="414" />
            <source>Dele kunnskap om ungdommens utvikling, omsorgs- og oppvekstsituasjon og om ungdomsmiljøet.</source>
            <translation>Dele kunnskap om ungdommens utvikling, omsorgs- og oppvekstsituasjon og om ungdomsmiljøet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="418" />
            <source>Delta i oppfølgingen når det er ønskelig og hensiktsmessig.</source>
            <translation>Delta i oppfølgingen når det er ønskelig og hensiktsmessig.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="425" />
            <source>SaLTo-koordinator</source>
            <translation>SaLTo-koordinator</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="428" />
            <source>Være bydelens innslagspunkt i det rus- og kriminalitetsforebyggende arbeidet.</source>
            <translation>Være bydelens innslagspunkt i det rus- og kriminalitetsforebyggende arbeidet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="429" />
            <source>Sikre at oppfølgingen er i tråd med føringer fra politirådet.</source>
            <translation>Sikre at oppfølgingen er i tråd med føringer fra politirådet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="430" />
            <source>Hjelpe oppfølgeren med faglige vurderinger og oversikt over aktuelle tiltak.</source>
            <translation>Hjelpe oppfølgeren med faglige vurderinger og oversikt over aktuelle tiltak.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="431" />
            <source>Sørge for maler og informasjonsmateriell til ungdom og samarbeidspartnere.</source>
            <translation>Sørge for maler og informasjonsmateriell til ungdom og samarbeidspartnere.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="432" />
            <source>Være fagansvarlig i bydeler med få ungdommer i målgruppen.</source>
            <translation>Være fagansvarlig i bydeler med få ungdommer i målgruppen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="438" />
            <source>Forebyggende helsetjenester</source>
            <translation>Forebyggende helsetjenester</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="441" />
            <source>Delta i oppfølgingen når ungdommen har behov for det.</source>
            <translation>Delta i oppfølgingen når ungdommen har behov for det.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="442" />
            <source>Bidra med helseperspektivet når det vurderes om oppfølgingen passer for ungdommen.</source>
            <translation>Bidra med helseperspektivet når det vurderes om oppfølgingen passer for ungdommen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="446" />
            <source>Være et hurtigspor til psykisk helsehjelp ved behov.</source>
            <translation>Være et hurtigspor til psykisk helsehjelp ved behov.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="447" />
            <source>Henvise ungdommen til spesialisthelsetjenesten når det er nødvendig.</source>
            <translation>Henvise ungdommen til spesialisthelsetjenesten når det er nødvendig.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="457" />
            <source>Kjenne til én-til-én-oppfølgingen i bydelen.</source>
            <translation>Kjenne til én-til-én-oppfølgingen i bydelen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="458" />
            <source>Foreslå ungdommer som kan vurderes for oppfølgingen.</source>
            <translation>Foreslå ungdommer som kan vurderes for oppfølgingen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="460" />
            <source>Delta i samarbeidsmøter og lagmøter når det er aktuelt.</source>
            <translation>Delta i samarbeidsmøter og lagmøter når det er aktuelt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="461" />
            <source>Gi tilpasset opplæring som styrker tilhørighet, mestring og motivasjon.</source>
            <translation>Gi tilpasset opplæring som styrker tilhørighet, mestring og motivasjon.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="462" />
            <source>Bidra til å finne andre skole- eller opplæringstilbud til ungdommen.</source>
            <translation>Bidra til å finne andre skole- eller opplæringstilbud til ungdommen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="463" />
            <source>Hente inn kunnskap fra fagteamene i Utdanningsetaten ved behov.</source>
            <translation>Hente inn kunnskap fra fagteamene i Utdanningsetaten ved behov.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="469" />
            <source>Politi (nærpolitiet)</source>
            <translation>Politi (nærpolitiet)</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="472" />
            <source>Delta fast i inntaksmøter, samarbeidsmøter og lagmøter.</source>
            <translation>Delta fast i inntaksmøter, samarbeidsmøter og lagmøter.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="473" />
            <source>Ha tett dialog og samarbeid med fagansvarlig og oppfølger.</source>
            <translation>Ha tett dialog og samarbeid med fagansvarlig og oppfølger.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="474" />
            <source>Foreslå ungdommer som kan vurderes for oppfølgingen, og være med i utvelgelsen.</source>
            <translation>Foreslå ungdommer som kan vurderes for oppfølgingen, og være med i utvelgelsen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="475" />
            <source>Ha oversikt over deltakerne og oppdatere informasjon om ungdommens utvikling og behov.</source>
            <translation>Ha oversikt over deltakerne og oppdatere informasjon om ungdommens utvikling og behov.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="479" />
            <source>Informere om nye forhold, registreringer og påtreff, og om kriminalitetsutviklingen.</source>
            <translation>Informere om nye forhold, registreringer og påtreff, og om kriminalitetsutviklingen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="483" />
            <source>Bistå i nødvendige kartlegginger og jevnlig gi relevant informasjon.</source>
            <translation>Bistå i nødvendige kartlegginger og jevnlig gi relevant informasjon.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="484" />
            <source>Være i aktiv dialog med ungdommen.</source>
            <translation>Være i aktiv dialog med ungdommen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="490" />
            <source>NAV</source>
            <translation>NAV</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="493" />
            <source>Hjelpe ungdommen med å skaffe jobb eller annen meningsfull aktivitet.</source>
            <translation>Hjelpe ungdommen med å skaffe jobb eller annen meningsfull aktivitet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="494" />
            <source>Veilede familien om tjenester og økonomi ved behov.</source>
            <translation>Veilede familien om tjenester og økonomi ved behov.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="495" />
            <source>Se egne tiltak i sammenheng med én-til-én-oppfølgingen.</source>
            <translation>Se egne tiltak i sammenheng med én-til-én-oppfølgingen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="501" />
            <source>Konfliktrådet</source>
            <translation>Konfliktrådet</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="504" />
            <source>Samordne straffereaksjonen med tiltakene i én-til-én-oppfølgingen.</source>
            <translation>Samordne straffereaksjonen med tiltakene i én-til-én-oppfølgingen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="505" />
            <location filename="../../lagmote/standard.py" line="516" />
            <source>Gjøre det tydelig for ungdommen og familien hvem som har ansvar for hva.</source>
            <translation>Gjøre det tydelig for ungdommen og familien hvem som har ansvar for hva.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="506" />
            <location filename="../../lagmote/standard.py" line="517" />
            <source>Ta med kommunens frivillige tiltak i ungdomsplanen når det passer.</source>
            <translation>Ta med kommunens frivillige tiltak i ungdomsplanen når det passer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="512" />
            <source>Kriminalomsorgen</source>
            <translation>Kriminalomsorgen</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="515" />
            <source>Samordne straffegjennomføringen med tiltakene i én-til-én-oppfølgingen.</source>
            <translation>Samordne straffegjennomføringen med tiltakene i én-til-én-oppfølgingen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="523" />
            <source>Familieveileder</source>
            <translation>Familieveileder</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="526" />
            <source>Styrke foresatte i foreldrerollen.</source>
            <translation>Styrke foresatte i foreldrerollen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="527" />
            <source>Kartlegge familiens ressurser og utfordringer.</source>
            <translation>Kartlegge familiens ressurser og utfordringer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="528" />
            <source>Veilede foresatte i tydelig kommunikasjon, grensesetting og konflikthåndtering.</source>
            <translation>Veilede foresatte i tydelig kommunikasjon, grensesetting og konflikthåndtering.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="529" />
            <source>Veilede om tjenester som NAV og helse, og om familiens økonomi.</source>
            <translation>Veilede om tjenester som NAV og helse, og om familiens økonomi.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="530" />
            <source>Finne støtte til fritidsaktiviteter for søsken.</source>
            <translation>Finne støtte til fritidsaktiviteter for søsken.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="536" />
            <source>Fritid</source>
            <translation>Fritid</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="539" />
            <source>Gi ungdommen minst én meningsfull aktivitet.</source>
            <translation>Gi ungdommen minst én meningsfull aktivitet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="540" />
            <source>Være en trygg voksen for ungdommen i nærmiljøet.</source>
            <translation>Være en trygg voksen for ungdommen i nærmiljøet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="541" />
            <source>Vise laget hvilke gode aktiviteter og muligheter som finnes i nærmiljøet.</source>
            <translation>Vise laget hvilke gode aktiviteter og muligheter som finnes i nærmiljøet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="547" />
            <source>Annen samarbeidspartner</source>
            <translation>Annen samarbeidspartner</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="614" />
            <source>Henvisning</source>
            <translation>Henvisning</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="616" />
            <source>Ungdommen blir meldt inn på et henvisningsskjema, oftest fra barnevernet, skolen, politiet eller andre tjenester i bydelen.</source>
            <translation>Ungdommen blir meldt inn på et henvisningsskjema, oftest fra barnevernet, skolen, politiet eller andre tjenester i bydelen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="623" />
            <source>Inntaksmøte</source>
            <translation>Inntaksmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="625" />
            <source>Fagansvarlig, barnevernet, politiet og skolen vurderer om oppfølgingen passer for ungdommen. Møtet holdes minst hver 4. uke.</source>
            <translation>Fagansvarlig, barnevernet, politiet og skolen vurderer om oppfølgingen passer for ungdommen. Møtet holdes minst hver 4. uke.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="632" />
            <source>Oppstartsmøte</source>
            <translation>Oppstartsmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="634" />
            <source>Ungdommen og foresatte får vite hva oppfølgingen er. Samtykke hentes inn først, og de svarer innen 1–2 dager om de vil være med.</source>
            <translation>Ungdommen og foresatte får vite hva oppfølgingen er. Samtykke hentes inn først, og de svarer innen 1–2 dager om de vil være med.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="641" />
            <source>Kartlegging</source>
            <translation>Kartlegging</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="643" />
            <source>Bydelen går gjennom tolv viktige områder i ungdommens liv for å finne ressurser, risiko og det som motiverer.</source>
            <translation>Bydelen går gjennom tolv viktige områder i ungdommens liv for å finne ressurser, risiko og det som motiverer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="650" />
            <source>Iverksetting</source>
            <translation>Iverksetting</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="652" />
            <source>Oppfølgingen settes i gang 1–2 dager etter inntaksmøtet.</source>
            <translation>Oppfølgingen settes i gang 1–2 dager etter inntaksmøtet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="656" />
            <source>Første lagmøte</source>
            <translation>Første lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="658" />
            <source>Laget møtes for første gang, avklarer roller og forventninger og gjør «Min plan» ferdig sammen med ungdommen.</source>
            <translation>Laget møtes for første gang, avklarer roller og forventninger og gjør «Min plan» ferdig sammen med ungdommen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="665" />
            <source>Lagmøte</source>
            <translation>Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="667" />
            <source>Laget rundt ungdommen følger opp «Min plan» og fordeler ansvar. Det skal være lagmøte minst hver sjette uke.</source>
            <translation>Laget rundt ungdommen følger opp «Min plan» og fordeler ansvar. Det skal være lagmøte minst hver sjette uke.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="674" />
            <source>Jevnlig evaluering</source>
            <translation>Jevnlig evaluering</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="676" />
            <source>Laget vurderer om oppfølgingen virker og anbefaler om den skal avsluttes eller videreføres.</source>
            <translation>Laget vurderer om oppfølgingen virker og anbefaler om den skal avsluttes eller videreføres.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="683" />
            <source>Avslutning</source>
            <translation>Avslutning</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="685" />
            <source>Oppfølgingen avsluttes. Vær ekstra nøye med overganger, som ny skole, når ungdommen fyller 18 eller 19 år, og når andre tiltak tar over.</source>
            <translation>Oppfølgingen avsluttes. Vær ekstra nøye med overganger, som ny skole, når ungdommen fyller 18 eller 19 år, og når andre tiltak tar over.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="740" />
            <source>Inntaksmøter holdes minst hver 4. uke, så en henvisning skal vurderes innen fire uker.</source>
            <translation>Inntaksmøter holdes minst hver 4. uke, så en henvisning skal vurderes innen fire uker.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="749" />
            <source>Oppstartsmøtet skal holdes senest én uke etter inntaksmøtet.</source>
            <translation>Oppstartsmøtet skal holdes senest én uke etter inntaksmøtet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="756" />
            <source>Oppfølgingen skal settes i gang 1–2 dager etter inntaksmøtet.</source>
            <translation>Oppfølgingen skal settes i gang 1–2 dager etter inntaksmøtet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="763" />
            <source>Første lagmøte skal holdes senest én uke etter oppstartsmøtet.</source>
            <translation>Første lagmøte skal holdes senest én uke etter oppstartsmøtet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="770" />
            <source>Det skal være lagmøte minst hver sjette uke.</source>
            <translation>Det skal være lagmøte minst hver sjette uke.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="777" />
            <source>Oppfølgingen skal evalueres jevnlig. Her er fristen satt til et halvår, men laget kan endre den.</source>
            <translation>Oppfølgingen skal evalueres jevnlig. Her er fristen satt til et halvår, men laget kan endre den.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="789" />
            <source>Når det haster, skal inntaksmøtet holdes innen én uke etter henvisningen.</source>
            <translation>Når det haster, skal inntaksmøtet holdes innen én uke etter henvisningen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="837" />
            <source>Om meg og mine mål</source>
            <translation>Om meg og mine mål</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="838" />
            <source>Planen for fremtiden</source>
            <translation>Planen for fremtiden</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="839" />
            <source>Oppfølgingen</source>
            <translation>Oppfølgingen</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="840" />
            <location filename="../../lagmote/standard.py" line="883" />
            <source>Plan ved uønskede hendelser</source>
            <translation>Plan ved uønskede hendelser</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="845" />
            <source>Mine mål</source>
            <translation>Mine mål</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="845" />
            <source>Hva vil du oppnå?</source>
            <translation>Hva vil du oppnå?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="846" />
            <source>Ønsker</source>
            <translation>Ønsker</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="846" />
            <source>Hva ønsker du deg?</source>
            <translation>Hva ønsker du deg?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="847" />
            <source>Styrker</source>
            <translation>Styrker</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="847" />
            <source>Hva er du god til?</source>
            <translation>Hva er du god til?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="848" />
            <source>Utfordringer</source>
            <translation>Utfordringer</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="848" />
            <source>Hva er vanskelig for deg nå?</source>
            <translation>Hva er vanskelig for deg nå?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="849" />
            <source>Hva gjør at du vil endre noe?</source>
            <translation>Hva gjør at du vil endre noe?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="852" />
            <source>Tvil (ambivalens)</source>
            <translation>Tvil (ambivalens)</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="854" />
            <source>Hva gjør at du er i tvil, eller at det er vanskelig å endre noe?</source>
            <translation>Hva gjør at du er i tvil, eller at det er vanskelig å endre noe?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="858" />
            <source>Sikkerhet og trygghet</source>
            <translation>Sikkerhet og trygghet</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="860" />
            <source>Hva skal til for at du er trygg?</source>
            <translation>Hva skal til for at du er trygg?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="864" />
            <source>Hvor mye oppfølging</source>
            <translation>Hvor mye oppfølging</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="866" />
            <source>Hvor ofte skal du og oppfølgeren møtes?</source>
            <translation>Hvor ofte skal du og oppfølgeren møtes?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="870" />
            <source>Hva oppfølgingen inneholder</source>
            <translation>Hva oppfølgingen inneholder</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="872" />
            <source>Hva skal dere gjøre sammen, og hvilke tiltak skal brukes?</source>
            <translation>Hva skal dere gjøre sammen, og hvilke tiltak skal brukes?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="876" />
            <source>Hverdagen og uka</source>
            <translation>Hverdagen og uka</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="878" />
            <source>Hvordan ser en vanlig uke ut for deg?</source>
            <translation>Hvordan ser en vanlig uke ut for deg?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="880" />
            <source>Hva jeg trenger</source>
            <translation>Hva jeg trenger</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="880" />
            <source>Hva trenger du hjelp til?</source>
            <translation>Hva trenger du hjelp til?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="895" />
            <source>Varseltegn</source>
            <translation>Varseltegn</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="897" />
            <source>Hva er tegnene på at noe er i ferd med å gå galt?</source>
            <translation>Hva er tegnene på at noe er i ferd med å gå galt?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="901" />
            <source>Dette gjør jeg</source>
            <translation>Dette gjør jeg</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="903" />
            <source>Hva gjør du når du merker tegnene?</source>
            <translation>Hva gjør du når du merker tegnene?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="907" />
            <source>Dette gjør de voksne</source>
            <translation>Dette gjør de voksne</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="909" />
            <source>Hva gjør de voksne rundt deg da?</source>
            <translation>Hva gjør de voksne rundt deg da?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="911" />
            <source>Hvem vi ringer</source>
            <translation>Hvem vi ringer</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="911" />
            <source>Hvem kan du og de voksne ringe?</source>
            <translation>Hvem kan du og de voksne ringe?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="914" />
            <source>Hvis planen ikke virker</source>
            <translation>Hvis planen ikke virker</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="916" />
            <source>Hva gjør vi hvis planen ikke virker?</source>
            <translation>Hva gjør vi hvis planen ikke virker?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="946" />
            <source>Ungdommens ord</source>
            <translation>Ungdommens ord</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="947" />
            <source>Hvordan har du det, og hva er viktigst for deg nå?</source>
            <translation>Hvordan har du det, og hva er viktigst for deg nå?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="949" />
            <source>Siden sist</source>
            <translation>Siden sist</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="949" />
            <source>Hva har skjedd siden forrige lagmøte?</source>
            <translation>Hva har skjedd siden forrige lagmøte?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="950" />
            <source>Målene</source>
            <translation>Målene</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="950" />
            <source>Hvordan går det med hvert mål i «Min plan»?</source>
            <translation>Hvordan går det med hvert mål i «Min plan»?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="953" />
            <source>Hva virker</source>
            <translation>Hva virker</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="954" />
            <source>Hvilke tiltak virker, og trengs det nye eller andre tiltak?</source>
            <translation>Hvilke tiltak virker, og trengs det nye eller andre tiltak?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="958" />
            <source>Roller</source>
            <translation>Roller</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="959" />
            <source>Må noen roller endres fordi ungdommens situasjon eller behov har endret seg?</source>
            <translation>Må noen roller endres fordi ungdommens situasjon eller behov har endret seg?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="963" />
            <source>Hvem gjør hva</source>
            <translation>Hvem gjør hva</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="964" />
            <source>Hvem gjør hva, og innen når?</source>
            <translation>Hvem gjør hva, og innen når?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="968" />
            <source>Hele familien</source>
            <translation>Hele familien</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="969" />
            <source>Hvordan har familien det, og hva trenger de?</source>
            <translation>Hvordan har familien det, og hva trenger de?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="973" />
            <source>Samordning</source>
            <translation>Samordning</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="974" />
            <source>Hvordan unngår vi dobbeltarbeid og overlapp mellom tjenestene?</source>
            <translation>Hvordan unngår vi dobbeltarbeid og overlapp mellom tjenestene?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="978" />
            <source>Neste møte</source>
            <translation>Neste møte</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="979" />
            <source>Når er neste lagmøte, og hvem kaller inn?</source>
            <translation>Når er neste lagmøte, og hvem kaller inn?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="991" />
            <source>Hvordan er ungdommens deltakelse i skolehverdagen, fritidsaktivitet og jobb?</source>
            <translation>Hvordan er ungdommens deltakelse i skolehverdagen, fritidsaktivitet og jobb?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="992" />
            <source>Er ungdommens livskvalitet endret under én-til-én-oppfølgingen? Hva er i tilfelle endret?</source>
            <translation>Er ungdommens livskvalitet endret under én-til-én-oppfølgingen? Hva er i tilfelle endret?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="996" />
            <source>Er ungdommen mindre involvert i kriminalitet, kriminelle miljøer og nettverk?</source>
            <translation>Er ungdommen mindre involvert i kriminalitet, kriminelle miljøer og nettverk?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="997" />
            <source>Har én-til-én-oppfølgingen gitt ungdommen andre handlingsalternativer enn tidligere, spesielt med fokus på å utsette andre for vold og trusler?</source>
            <translation>Har én-til-én-oppfølgingen gitt ungdommen andre handlingsalternativer enn tidligere, spesielt med fokus på å utsette andre for vold og trusler?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1001" />
            <source>Hvordan er foresatte involvert i oppfølgingen?</source>
            <translation>Hvordan er foresatte involvert i oppfølgingen?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1012" />
            <source>Samarbeidspartnere</source>
            <translation>Samarbeidspartnere</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1018" />
            <source>Bedre</source>
            <translation>Bedre</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1019" />
            <source>Uendret</source>
            <translation>Uendret</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1020" />
            <source>Verre</source>
            <translation>Verre</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1026" />
            <source>Oppfølgingen avsluttes</source>
            <translation>Oppfølgingen avsluttes</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1027" />
            <source>Oppfølgingen videreføres</source>
            <translation>Oppfølgingen videreføres</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1050" />
            <source>Mye dårligere enn ventet</source>
            <translation>Mye dårligere enn ventet</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1051" />
            <source>Litt dårligere enn ventet</source>
            <translation>Litt dårligere enn ventet</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1052" />
            <source>Som ventet</source>
            <translation>Som ventet</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1053" />
            <source>Litt bedre enn ventet</source>
            <translation>Litt bedre enn ventet</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1054" />
            <source>Mye bedre enn ventet</source>
            <translation>Mye bedre enn ventet</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1065" />
            <source>Planlagt</source>
            <translation>Planlagt</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1066" />
            <source>Pågår</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1068" />
            <source>Avbrutt</source>
            <translation>Avbrutt</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1074" />
            <source>Skole/dagtilbud</source>
            <translation>Skole/dagtilbud</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1075" />
            <location filename="../../lagmote/week.py" line="40" />
            <source>Aktivitet</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1076" />
            <source>Med oppfølgeren</source>
            <translation>Med oppfølgeren</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1077" />
            <location filename="../../lagmote/week.py" line="42" />
            <source>Jobb</source>
            <translation>Jobb</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1089" />
            <source>Andre tjenester i bydelen</source>
            <translation>Andre tjenester i bydelen</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1090" />
            <source>Annen offentlig samarbeidspartner</source>
            <translation>Annen offentlig samarbeidspartner</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1098" />
            <source>Skriftlig</source>
            <translation>Skriftlig</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1099" />
            <source>Muntlig</source>
            <translation>Muntlig</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="65" />
            <source>mottatt</source>
            <translation>mottatt</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="66" />
            <location filename="../../lagmote/steps.py" line="67" />
            <location filename="../../lagmote/steps.py" line="69" />
            <location filename="../../lagmote/steps.py" line="70" />
            <source>holdt</source>
            <translation>holdt</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="68" />
            <source>startet</source>
            <translation>startet</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="71" />
            <source>registrert</source>
            <translation>registrert</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="114" />
            <source>neste {step}</source>
            <translation>neste {step}</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="130" />
            <source>i dag</source>
            <translation>i dag</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="131" />
            <source>i morgen</source>
            <translation>i morgen</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="131" />
            <source>om {days}</source>
            <translation>om {days}</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="135" />
            <source>gjort</source>
            <translation>gjort</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="141" />
            <source>{step} {done} {date}, innen fristen.</source>
            <translation>{step} {done} {date}, innen fristen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="143" />
            <source>{step} {done} {date}.</source>
            <translation>{step} {done} {date}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="149" />
            <source>{step} {done} {date}, {late} over fristen.</source>
            <translation>{step} {done} {date}, {late} over fristen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="161" />
            <source>Frist for {step}: {due} ({when}).</source>
            <translation>Frist for {step}: {due} ({when}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="163" />
            <source>Frist for {step}: {due} ({when}), men det er planlagt etter fristen, {planned}.</source>
            <translation>Frist for {step}: {due} ({when}), men det er planlagt etter fristen, {planned}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="165" />
            <source>Frist for {step}: {due} ({when}), planlagt {planned}.</source>
            <translation>Frist for {step}: {due} ({when}), planlagt {planned}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="178" />
            <source>{step} er {late} over fristen (frist {due}), planlagt {planned}.</source>
            <translation>{step} er {late} over fristen (frist {due}), planlagt {planned}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="180" />
            <source>{step} er {late} over fristen (frist {due}).</source>
            <translation>{step} er {late} over fristen (frist {due}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="191" />
            <source>{step} er planlagt {date}.</source>
            <translation>{step} er planlagt {date}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="195" />
            <source>{step} venter på {other}.</source>
            <translation>{step} venter på {other}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="196" />
            <source>{step} er ikke registrert ennå.</source>
            <translation>{step} er ikke registrert ennå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="200" />
            <source>{step} trengs ikke lenger, fordi oppfølgingen er avsluttet.</source>
            <translation>{step} trengs ikke lenger, fordi oppfølgingen er avsluttet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="76" />
            <source>Samtykke gitt</source>
            <translation>Samtykke gitt</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="77" />
            <source>Trengs ikke</source>
            <translation>Trengs ikke</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="98" />
            <source>Trenger ikke samtykke</source>
            <translation>Trenger ikke samtykke</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="104" />
            <source>Samtykke fra {names}</source>
            <translation>Samtykke fra {names}</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="111" />
            <source>{names} trakk samtykket tilbake {date}</source>
            <translation>{names} trakk samtykket tilbake {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="114" />
            <source>Mangler samtykke fra {names}</source>
            <translation>Mangler samtykke fra {names}</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="118" />
            <source>Samtykket ble trukket tilbake {date}</source>
            <translation>Samtykket ble trukket tilbake {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="119" />
            <source>Ingen samtykke til å dele informasjon</source>
            <translation>Ingen samtykke til å dele informasjon</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="133" />
            <source>Skriv hvem som gir samtykket.</source>
            <translation>Skriv hvem som gir samtykket.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="139" />
            <source>Samtykket kan bare gjelde roller i laget.</source>
            <translation>Samtykket kan bare gjelde roller i laget.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="141" />
            <source>Velg hvem informasjonen kan deles med.</source>
            <translation>Velg hvem informasjonen kan deles med.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="143" />
            <source>Samtykket må være skriftlig eller muntlig.</source>
            <translation>Samtykket må være skriftlig eller muntlig.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="145" />
            <source>Et samtykke kan ikke trekkes tilbake før det ble gitt.</source>
            <translation>Et samtykke kan ikke trekkes tilbake før det ble gitt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="146" />
            <source>Teksten om hvem det deles med</source>
            <translation>Teksten om hvem det deles med</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="183" />
            <source>Virksomheten</source>
            <translation>Virksomheten</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="185" />
            <source>E-postadressen</source>
            <translation>E-postadressen</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="187" />
            <source>E-postadressen ser ikke riktig ut; den må ha en @ og ingen mellomrom.</source>
            <translation>E-postadressen ser ikke riktig ut; den må ha en @ og ingen mellomrom.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="188" />
            <source>Ansvaret</source>
            <translation>Ansvaret</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="31" />
            <source>Man</source>
            <translation>Man</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="31" />
            <source>Tir</source>
            <translation>Tir</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="31" />
            <source>Ons</source>
            <translation>Ons</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="31" />
            <source>Tor</source>
            <translation>Tor</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="31" />
            <source>Fre</source>
            <translation>Fre</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="31" />
            <source>Lør</source>
            <translation>Lør</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="31" />
            <source>Søn</source>
            <translation>Søn</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="41" />
            <source>Oppfølger</source>
            <translation>Oppfølger</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="54" />
            <source>Ungdommen skal ha et skole- eller dagtilbud (§3.3).</source>
            <translation>Ungdommen skal ha et skole- eller dagtilbud (§3.3).</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="55" />
            <source>Minst én aktivitet skal være en del av oppfølgingen (§3.3).</source>
            <translation>Minst én aktivitet skal være en del av oppfølgingen (§3.3).</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="56" />
            <source>Hovedregelen er daglig kontakt eller treff med oppfølgeren (§3.2).</source>
            <translation>Hovedregelen er daglig kontakt eller treff med oppfølgeren (§3.2).</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="94" />
            <source>Fri tid uten avtaler {day} {span}</source>
            <translation>Fri tid uten avtaler {day} {span}</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="158" />
            <source>Slutten ({end}) må være etter starten ({start}). Går aktiviteten over midnatt, del den i to: én til 24:00 og én fra 00:00 neste dag.</source>
            <translation>Slutten ({end}) må være etter starten ({start}). Går aktiviteten over midnatt, del den i to: én til 24:00 og én fra 00:00 neste dag.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="175" />
            <source>Ingen skole eller dagtilbud på hverdagene.</source>
            <translation>Ingen skole eller dagtilbud på hverdagene.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="178" />
            <source>Skole eller dagtilbud alle hverdager.</source>
            <translation>Skole eller dagtilbud alle hverdager.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="180" />
            <source>Skole eller dagtilbud på {days}; ikke på {missing}.</source>
            <translation>Skole eller dagtilbud på {days}; ikke på {missing}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="187" />
            <source>Ingen aktivitet i uka.</source>
            <translation>Ingen aktivitet i uka.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="192" />
            <source>Aktivitet i uka: {titles} ({days}).</source>
            <translation>Aktivitet i uka: {titles} ({days}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="196" />
            <source>Aktivitet i uka: {days}.</source>
            <translation>Aktivitet i uka: {days}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="203" />
            <source>Kontakt med oppfølgeren hver hverdag.</source>
            <translation>Kontakt med oppfølgeren hver hverdag.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="205" />
            <source>Ingen kontakt med oppfølgeren på hverdagene.</source>
            <translation>Ingen kontakt med oppfølgeren på hverdagene.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="207" />
            <source>Ingen kontakt med oppfølgeren på {days}.</source>
            <translation>Ingen kontakt med oppfølgeren på {days}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="282" />
            <source>Fri tid uten avtaler {line}.</source>
            <translation>Fri tid uten avtaler {line}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/wording.py" line="14" />
            <source>{first} og {last}</source>
            <translation>{first} og {last}</translation>
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
            <location filename="../../lagmote/ui/week_form.py" line="81" />
            <source>00:00 som slutt betyr midnatt (24:00).</source>
            <translation>00:00 som slutt betyr midnatt (24:00).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="87" />
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="88" />
            <source>&amp;Hva</source>
            <translation>&amp;Hva</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="89" />
            <source>&amp;Sted</source>
            <translation>&amp;Sted</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="90" />
            <source>&amp;Dag</source>
            <translation>&amp;Dag</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="91" />
            <source>&amp;Fra</source>
            <translation>&amp;Fra</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="92" />
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
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="114" />
            <source>Evalueringen er lagret som PDF.</source>
            <translation>Evalueringen er lagret som PDF.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="125" />
            <source>endret evalueringsintervallet</source>
            <translation>endret evalueringsintervallet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="133" />
            <source>Velg mappen til arkivet</source>
            <translation>Velg mappen til arkivet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="138" />
            <source>Arkiver og slett saken</source>
            <translation>Arkiver og slett saken</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="140" />
            <source>Saken skrives til mappen (hele saken som JSON og hele planen som PDF), og slettes så fra databasen. Det kan ikke angres. Fortsette?</source>
            <translation>Saken skrives til mappen (hele saken som JSON og hele planen som PDF), og slettes så fra databasen. Det kan ikke angres. Fortsette?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="145" />
            <source>Arkiver og slett</source>
            <translation>Arkiver og slett</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="146" />
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="177" />
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
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="72" />
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="266" />
            <source>Jevnlig evaluering</source>
            <translation>Jevnlig evaluering</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="110" />
            <source>Neste</source>
            <translation>Neste</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="111" />
            <source>Tilbake</source>
            <translation>Tilbake</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="112" />
            <source>Fullfør evalueringen</source>
            <translation>Fullfør evalueringen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="113" />
            <source>Lukk (utkastet lagres)</source>
            <translation>Lukk (utkastet lagres)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="238" />
            <source>fullførte evalueringen</source>
            <translation>fullførte evalueringen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="267" />
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
            <location filename="../../lagmote/ui/plan_goal_card.py" line="220" />
            <source>Mål {number}</source>
            <translation>Mål {number}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="222" />
            <source>Vis mål {number}</source>
            <translation>Vis mål {number}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="333" />
            <source>Ikke vurdert ennå. Velg et trinn på stigen.</source>
            <translation>Ikke vurdert ennå. Velg et trinn på stigen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="335" />
            <source>i dag ({date})</source>
            <translation>i dag ({date})</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="336" />
            <source> på lagmøtet</source>
            <translation> på lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="337" />
            <source>Vurdert {when}{where}: {rating}.</source>
            <translation>Vurdert {when}{where}: {rating}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="341" />
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
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="75" />
            <source>vurdering i kartleggingen</source>
            <translation>vurdering i kartleggingen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="86" />
            <source>ny kartlegging</source>
            <translation>ny kartlegging</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="92" />
            <source>sletting av kartlegging</source>
            <translation>sletting av kartlegging</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="109" />
            <source>endring av kartlegging</source>
            <translation>endring av kartlegging</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="119" />
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
            <location filename="../../lagmote/ui/kartlegging_page.py" line="198" />
            <source>Kartleggingen fra {date} er slettet. Ctrl+Z angrer.</source>
            <translation>Kartleggingen fra {date} er slettet. Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_page.py" line="263" />
            <source>Skjul vurderingene</source>
            <translation>Skjul vurderingene</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_page.py" line="263" />
            <source>Vis vurderingene</source>
            <translation>Vis vurderingene</translation>
        </message>
    </context>
    <context>
        <name>KeptTextsDialog</name>
        <message>
            <location filename="../../lagmote/ui/kept_texts_dialog.py" line="30" />
            <source>Ikke lagret før låsing</source>
            <translation>Ikke lagret før låsing</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kept_texts_dialog.py" line="33" />
            <source>Dette hadde du skrevet, men det kunne ikke lagres før vinduet ble låst. Kopier det og lim det inn der det hører hjemme; lukker du, er det borte.</source>
            <translation>Dette hadde du skrevet, men det kunne ikke lagres før vinduet ble låst. Kopier det og lim det inn der det hører hjemme; lukker du, er det borte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kept_texts_dialog.py" line="42" />
            <source>Tekst som ikke er lagret</source>
            <translation>Tekst som ikke er lagret</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kept_texts_dialog.py" line="44" />
            <source>Kopier alt</source>
            <translation>Kopier alt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kept_texts_dialog.py" line="56" />
            <source>Kopiert</source>
            <translation>Kopiert</translation>
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
            <translation>Ungdommer</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="124" />
            <source>Database: {location}</source>
            <translation>Database: {location}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="130" />
            <source>&amp;Fil</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="132" />
            <source>&amp;Planen på én side (skriv ut eller PDF) …</source>
            <translation>&amp;Planen på én side (skriv ut eller PDF) …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="139" />
            <source>&amp;Gjenopprettingsnøkkel …</source>
            <translation>&amp;Gjenopprettingsnøkkel …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="144" />
            <source>&amp;Innstillinger …</source>
            <translation>&amp;Innstillinger …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="151" />
            <source>&amp;Lås nå</source>
            <translation>&amp;Lås nå</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="156" />
            <source>&amp;Avslutt</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="158" />
            <source>&amp;Vis</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="160" />
            <source>&amp;Møtemodus (for prosjektor)</source>
            <translation>&amp;Møtemodus (for prosjektor)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="167" />
            <source>&amp;Last inn på nytt</source>
            <translation>&amp;Last inn på nytt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="171" />
            <source>Vis &amp;avsluttede saker (arkiv)</source>
            <translation>Vis &amp;avsluttede saker (arkiv)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="177" />
            <source>&amp;Hvem har sett saken …</source>
            <translation>&amp;Hvem har sett saken …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="184" />
            <source>Gå ut av møtemodus</source>
            <translation>Gå ut av møtemodus</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="188" />
            <source>&amp;Hjelp</source>
            <translation>&amp;Hjelp</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="189" />
            <source>&amp;Om Lagmøte</source>
            <translation>&amp;Om Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="208" />
            <source>&amp;Rediger</source>
            <translation>&amp;Rediger</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="209" />
            <source>&amp;Angre</source>
            <translation>&amp;Angre</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="211" />
            <source>&amp;Gjør om</source>
            <translation>&amp;Gjør om</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="247" />
            <source>Du er ikke med i laget rundt noen ungdom ennå, eller ingen er lagt inn. Administratoren setter deg på laget (lagmote admin add-to-team).</source>
            <translation>Du er ikke med i laget rundt noen ungdom ennå, eller ingen er lagt inn. Administratoren setter deg på laget (lagmote admin add-to-team).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="251" />
            <source>Ingen ungdommer ennå. Importer en ungdom fra en JSON-fil, eller lag demodata med «lagmote demo».</source>
            <translation>Ingen ungdommer ennå. Importer en ungdom fra en JSON-fil, eller lag demodata med «lagmote demo».</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="266" />
            <source>Saken du hadde åpen (ungdom {id}), er ikke lenger tilgjengelig for deg: du er tatt av laget rundt ungdommen, eller saken er slettet.</source>
            <translation>Saken du hadde åpen (ungdom {id}), er ikke lenger tilgjengelig for deg: du er tatt av laget rundt ungdommen, eller saken er slettet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="280" />
            <source>Fant ingen ungdom med id {id}.</source>
            <translation>Fant ingen ungdom med id {id}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="429" />
            <source>Kunne ikke lese databasen.</source>
            <translation>Kunne ikke lese databasen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="475" />
            <source>Åpner databasen …</source>
            <translation>Åpner databasen …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="522" />
            <source>Om Lagmøte</source>
            <translation>Om Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="523" />
            <source>Lagmøte {version}
Planen, uka og laget rundt én ungdom i Oslomodellen for én-til-én-oppfølging.</source>
            <translation>Lagmøte {version}
Planen, uka og laget rundt én ungdom i Oslomodellen for én-til-én-oppfølging.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="554" />
            <source>Databaseserveren svarer ikke, så noe av det du skrev, er ikke lagret. Lukke likevel og miste det? Velg Avbryt, og «Kopier det som ikke er lagret» for å ta vare på det.</source>
            <translation>Databaseserveren svarer ikke, så noe av det du skrev, er ikke lagret. Lukke likevel og miste det? Velg Avbryt, og «Kopier det som ikke er lagret» for å ta vare på det.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="560" />
            <source>Noe av det du skrev, kunne ikke lagres. Lukke likevel og miste det?</source>
            <translation>Noe av det du skrev, kunne ikke lagres. Lukke likevel og miste det?</translation>
        </message>
    </context>
    <context>
        <name>MeetingActions</name>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="58" />
            <source>nytt lagmøte</source>
            <translation>nytt lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="64" />
            <source>sletting av lagmøte</source>
            <translation>sletting av lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="74" />
            <source>ny dato for lagmøtet</source>
            <translation>ny dato for lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="84" />
            <source>tekst i lagmøtet</source>
            <translation>tekst i lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="96" />
            <source>notat i lagmøtet</source>
            <translation>notat i lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="110" />
            <source>Møtet er datert {date}, fram i tid. Sett datoen til dagen møtet ble holdt før du avslutter det.</source>
            <translation>Møtet er datert {date}, fram i tid. Sett datoen til dagen møtet ble holdt før du avslutter det.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="117" />
            <source>avsluttet lagmøte</source>
            <translation>avsluttet lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="117" />
            <source>gjenåpnet lagmøte</source>
            <translation>gjenåpnet lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="132" />
            <source>gjest på lagmøtet</source>
            <translation>gjest på lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="132" />
            <source>til stede på lagmøtet</source>
            <translation>til stede på lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="138" />
            <source>ikke til stede på lagmøtet</source>
            <translation>ikke til stede på lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="151" />
            <source>nytt vedtak</source>
            <translation>nytt vedtak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="156" />
            <source>sletting av vedtak</source>
            <translation>sletting av vedtak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="168" />
            <source>endring av vedtak</source>
            <translation>endring av vedtak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="180" />
            <source>ny oppgave</source>
            <translation>ny oppgave</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="189" />
            <source>endring av oppgave</source>
            <translation>endring av oppgave</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="199" />
            <source>Velg hvem som skal gjøre oppgaven.</source>
            <translation>Velg hvem som skal gjøre oppgaven.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="206" />
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
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="116" />
            <source>Lagmøtet {date} er planlagt. Ctrl+Z angrer.</source>
            <translation>Lagmøtet {date} er planlagt. Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="122" />
            <source>Åpne møtet</source>
            <translation>Åpne møtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="138" />
            <source>{title} er slettet. Ctrl+Z angrer.</source>
            <translation>{title} er slettet. Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="156" />
            <source>Lagmøtet er avsluttet og lagret som holdt. Ctrl+Z angrer.</source>
            <translation>Lagmøtet er avsluttet og lagret som holdt. Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="158" />
            <source>Lagmøtet er åpnet igjen. Ctrl+Z angrer.</source>
            <translation>Lagmøtet er åpnet igjen. Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="216" />
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
            <location filename="../../lagmote/ui/plan_fields.py" line="278" />
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_fields.py" line="298" />
            <source>⚠ Ikke lagret ({where}): {text}</source>
            <translation>⚠ Ikke lagret ({where}): {text}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_fields.py" line="300" />
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
        <name>PageChanges</name>
        <message>
            <location filename="../../lagmote/ui/page_changes.py" line="101" />
            <source>Dere hadde endret det samme stedet i teksten, så begge versjonene står nå i den, deres først. Les gjennom og rett.</source>
            <translation>Dere hadde endret det samme stedet i teksten, så begge versjonene står nå i den, deres først. Les gjennom og rett.</translation>
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
            <location filename="../../lagmote/ui/app.py" line="184" />
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
            <location filename="../../lagmote/ui/app.py" line="109" />
            <source>Logg inn på databaseserveren</source>
            <translation>Logg inn på databaseserveren</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="110" />
            <source>Skriv passordet ditt for {who}.
Det tas vare på i nøkkelringen på denne maskinen.</source>
            <translation>Skriv passordet ditt for {who}.
Det tas vare på i nøkkelringen på denne maskinen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="183" />
            <source>Lås opp Lagmøte</source>
            <translation>Lås opp Lagmøte</translation>
        </message>
    </context>
    <context>
        <name>PlanActions</name>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="47" />
            <source>endring i «{title}»</source>
            <translation>endring i «{title}»</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="59" />
            <source>endring av mål</source>
            <translation>endring av mål</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="82" />
            <source>vurdering av mål</source>
            <translation>vurdering av mål</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="99" />
            <source>nytt mål</source>
            <translation>nytt mål</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="105" />
            <source>sletting av mål</source>
            <translation>sletting av mål</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="117" />
            <source>nytt tiltak</source>
            <translation>nytt tiltak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="123" />
            <source>endring av tiltak</source>
            <translation>endring av tiltak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_actions.py" line="132" />
            <source>sletting av tiltak</source>
            <translation>sletting av tiltak</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="82" />
            <location filename="../../lagmote/ui/plan_page.py" line="118" />
            <source>Nytt mål</source>
            <translation>Nytt mål</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="92" />
            <source>Min plan</source>
            <translation>Min plan</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="93" />
            <source>Planen er ungdommens egen: skriv med ungdommens egne ord. Alt lagres mens du skriver, og Ctrl+Z angrer.</source>
            <translation>Planen er ungdommens egen: skriv med ungdommens egne ord. Alt lagres mens du skriver, og Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="102" />
            <source>Andre tiltak (ikke knyttet til et mål)</source>
            <translation>Andre tiltak (ikke knyttet til et mål)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="109" />
            <source>Mål og fremgang</source>
            <translation>Mål og fremgang</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="110" />
            <source>Hvert mål har en stige fra −2 til +2. 0 betyr at det går som ventet. Velg trinnet som passer i dag med tastene 1–5, og gå til neste mål med Tab.</source>
            <translation>Hvert mål har en stige fra −2 til +2. 0 betyr at det går som ventet. Velg trinnet som passer i dag med tastene 1–5, og gå til neste mål med Tab.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="117" />
            <source>Nytt mål, med ungdommens egne ord</source>
            <translation>Nytt mål, med ungdommens egne ord</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="156" />
            <source>Planen kan ikke vises: {error}</source>
            <translation>Planen kan ikke vises: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="217" />
            <source>Det du skrev for forrige ungdom i {where}, kunne ikke lagres. Det er forkastet og er ikke tatt med hit.</source>
            <translation>Det du skrev for forrige ungdom i {where}, kunne ikke lagres. Det er forkastet og er ikke tatt med hit.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="393" />
            <source>Målet «{goal}» er slettet.</source>
            <translation>Målet «{goal}» er slettet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="394" />
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
        <name>RenderPage</name>
        <message>
            <location filename="../../lagmote/ui/render.py" line="84" />
            <source>Planen kunne ikke leses.</source>
            <translation>Planen kunne ikke leses.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/render.py" line="93" />
            <source>Evalueringene kunne ikke leses.</source>
            <translation>Evalueringene kunne ikke leses.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/render.py" line="104" />
            <source>Kunne ikke lage bildet.</source>
            <translation>Kunne ikke lage bildet.</translation>
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
        <name>ServerLink</name>
        <message>
            <location filename="../../lagmote/ui/server_link.py" line="135" />
            <source>Alt du skrev, er lagret: det er ingenting å kopiere.</source>
            <translation>Alt du skrev, er lagret: det er ingenting å kopiere.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/server_link.py" line="140" />
            <source>Kopiert til utklippstavlen: {count} felt som ikke er lagret.</source>
            <translation>Kopiert til utklippstavlen: {count} felt som ikke er lagret.</translation>
        </message>
    </context>
    <context>
        <name>ServiceNotesBox</name>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="51" />
            <source>Notatene</source>
            <translation>Notatene</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="52" />
            <source>Ingen notater ennå.</source>
            <translation>Ingen notater ennå.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="54" />
            <source>Nytt notat</source>
            <translation>Nytt notat</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="55" />
            <source>Skriv et nytt notat …</source>
            <translation>Skriv et nytt notat …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="58" />
            <source>Lagre notatet</source>
            <translation>Lagre notatet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="103" />
            <source>Notater for {service}</source>
            <translation>Notater for {service}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="105" />
            <source>Bare brukere fra {service} kan lese disse notatene. De vises aldri i møtemodus og kommer aldri med på utskrifter.</source>
            <translation>Bare brukere fra {service} kan lese disse notatene. De vises aldri i møtemodus og kommer aldri med på utskrifter.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="133" />
            <source>nytt notat</source>
            <translation>nytt notat</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="134" />
            <source>notatet</source>
            <translation>notatet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="161" />
            <source>politiet</source>
            <translation>politiet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="162" />
            <source>barnevernet</source>
            <translation>barnevernet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="163" />
            <source>helsetjenesten</source>
            <translation>helsetjenesten</translation>
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
            <location filename="../../lagmote/ui/team_actions.py" line="67" />
            <source>nytt medlem i laget</source>
            <translation>nytt medlem i laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="81" />
            <source>endring av medlem i laget</source>
            <translation>endring av medlem i laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="93" />
            <source>medlem tilbake i laget</source>
            <translation>medlem tilbake i laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="93" />
            <source>medlem går ut av laget</source>
            <translation>medlem går ut av laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="108" />
            <source>nytt samtykke</source>
            <translation>nytt samtykke</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="114" />
            <source>Samtykket er allerede trukket tilbake.</source>
            <translation>Samtykket er allerede trukket tilbake.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="117" />
            <source>Datoen for når samtykket ble trukket tilbake, kan ikke være fram i tid.</source>
            <translation>Datoen for når samtykket ble trukket tilbake, kan ikke være fram i tid.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="123" />
            <source>samtykke trukket tilbake</source>
            <translation>samtykke trukket tilbake</translation>
        </message>
    </context>
    <context>
        <name>TeamPage</name>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="77" />
            <location filename="../../lagmote/ui/team_page.py" line="110" />
            <source>Laget rundt ungdommen</source>
            <translation>Laget rundt ungdommen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="80" />
            <source>Ingen i laget ennå. Velg en rolle under og trykk «Legg til i laget».</source>
            <translation>Ingen i laget ennå. Velg en rolle under og trykk «Legg til i laget».</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="86" />
            <location filename="../../lagmote/ui/team_page.py" line="88" />
            <source>Har gått ut av laget</source>
            <translation>Har gått ut av laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="116" />
            <source>Hvem gjør hva</source>
            <translation>Hvem gjør hva</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="117" />
            <source>Tiltak fra «Min plan» og oppgaver fra lagmøtene, talt for hver i laget. De som har noe over fristen, står først. Velg en rad for å se hva det gjelder.</source>
            <translation>Tiltak fra «Min plan» og oppgaver fra lagmøtene, talt for hver i laget. De som har noe over fristen, står først. Velg en rad for å se hva det gjelder.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="125" />
            <source>Samtykke til å dele informasjon</source>
            <translation>Samtykke til å dele informasjon</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="134" />
            <source>Medlemmer</source>
            <translation>Medlemmer</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="135" />
            <source>Velg en i laget for å endre kontaktinfo og ansvar. Alt lagres mens du skriver, og Ctrl+Z angrer.</source>
            <translation>Velg en i laget for å endre kontaktinfo og ansvar. Alt lagres mens du skriver, og Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="173" />
            <source>Det du skrev om {who} for forrige ungdom, kunne ikke lagres. Det er forkastet og ikke tatt med hit.</source>
            <translation>Det du skrev om {who} for forrige ungdom, kunne ikke lagres. Det er forkastet og ikke tatt med hit.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="181" />
            <source>Laget kan ikke vises: {error}</source>
            <translation>Laget kan ikke vises: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="281" />
            <source>⚠ Mangler i laget: {groups}. Bydel, skole og politi bør alltid være med i laget (§3.1).</source>
            <translation>⚠ Mangler i laget: {groups}. Bydel, skole og politi bør alltid være med i laget (§3.1).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="291" />
            <source>⚠ Laget kan ikke dele informasjon med alle i laget: {roles}. Se «Deling av informasjon» i tabellen under.</source>
            <translation>⚠ Laget kan ikke dele informasjon med alle i laget: {roles}. Se «Deling av informasjon» i tabellen under.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="373" />
            <source>{who} er tilbake i laget. Ctrl+Z angrer.</source>
            <translation>{who} er tilbake i laget. Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="375" />
            <source>{who} har gått ut av laget og står nå under «Har gått ut av laget». Ctrl+Z angrer.</source>
            <translation>{who} har gått ut av laget og står nå under «Har gått ut av laget». Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="399" />
            <source>Samtykket fra {who} er registrert. Ctrl+Z angrer.</source>
            <translation>Samtykket fra {who} er registrert. Ctrl+Z angrer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="412" />
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
            <location filename="../../lagmote/widgets/week_grid_paint.py" line="252" />
            <source>Fri tid</source>
            <translation>Fri tid</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/week_grid_paint.py" line="401" />
            <source>+ Ny (Enter)</source>
            <translation>+ Ny (Enter)</translation>
        </message>
    </context>
    <context>
        <name>WeekPage</name>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="87" />
            <source>Uka</source>
            <translation>Uka</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="90" />
            <source>Uka etter standarden</source>
            <translation>Uka etter standarden</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="92" />
            <location filename="../../lagmote/ui/week_page.py" line="129" />
            <source>Fri tid å fylle</source>
            <translation>Fri tid å fylle</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="97" />
            <source>&amp;Ny aktivitet</source>
            <translation>&amp;Ny aktivitet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="98" />
            <source>S&amp;lett</source>
            <translation>S&amp;lett</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="127" />
            <source>Standarden</source>
            <translation>Standarden</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="131" />
            <source>Valgt aktivitet</source>
            <translation>Valgt aktivitet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="190" />
            <source>• torsdag 14:30–17:00 og</source>
            <translation>• torsdag 14:30–17:00 og</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="275" />
            <source>Uka kunne ikke leses. {reason}</source>
            <translation>Uka kunne ikke leses. {reason}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="281" />
            <source>Ingen lange tomrom etter skolen (før {end}).</source>
            <translation>Ingen lange tomrom etter skolen (før {end}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="283" />
            <source>Minst to timer uten avtaler, etter skolen og før {end}:</source>
            <translation>Minst to timer uten avtaler, etter skolen og før {end}:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="324" />
            <source>Velg en aktivitet i uka, eller dra over et tomt felt for å lage en ny. Med tastaturet: piltastene velger, Enter lager eller åpner, Alt+piltastene flytter, Shift+Alt+opp/ned endrer lengden.</source>
            <translation>Velg en aktivitet i uka, eller dra over et tomt felt for å lage en ny. Med tastaturet: piltastene velger, Enter lager eller åpner, Alt+piltastene flytter, Shift+Alt+opp/ned endrer lengden.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="393" />
            <source>Ny aktivitet</source>
            <translation>Ny aktivitet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="416" />
            <source>Endre aktivitet</source>
            <translation>Endre aktivitet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="442" />
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
            <location filename="../../lagmote/ui/window_lock.py" line="91" />
            <source>Lagmøte (låst)</source>
            <translation>Lagmøte (låst)</translation>
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
