<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
    <context>
        <name>ActionTableModel</name>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="176" />
            <source>Hva</source>
            <translation>Kva</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="177" />
            <source>Hvem</source>
            <translation>Kven</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_models.py" line="178" />
            <source>Innen</source>
            <translation>Innan</translation>
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
            <translation>Rolla til den nye i laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="316" />
            <source>Navn (kan fylles inn senere)</source>
            <translation>Namn (kan fyllast inn seinare)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="317" />
            <source>Navn på den nye i laget</source>
            <translation>Namn på den nye i laget</translation>
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
            <translation>Slett oppgåva</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="66" />
            <source>Endre oppgaven</source>
            <translation>Endre oppgåva</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="70" />
            <source>Legg til oppgave</source>
            <translation>Legg til oppgåve</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="71" />
            <location filename="../../lagmote/ui/meeting_agreed.py" line="79" />
            <source>Lagre endringen</source>
            <translation>Lagre endringa</translation>
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
            <translation>Oppgåver</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="100" />
            <source>Oppgaver fra lagmøtet</source>
            <translation>Oppgåver frå lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="105" />
            <source>Vedtak: dette ble laget enige om</source>
            <translation>Vedtak: dette vart laget samde om</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="109" />
            <source>Vedtak fra lagmøtet</source>
            <translation>Vedtak frå lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="112" />
            <source>Det laget ble enige om</source>
            <translation>Det laget vart samde om</translation>
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
            <translation>Kva skal gjerast?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="125" />
            <location filename="../../lagmote/ui/meeting_agreed.py" line="273" />
            <source>Ny oppgave</source>
            <translation>Ny oppgåve</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="126" />
            <source>Hvem gjør det</source>
            <translation>Kven gjer det</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="129" />
            <source>Innen</source>
            <translation>Innan</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="132" />
            <source>Hva:</source>
            <translation>Kva:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="132" />
            <source>Hvem:</source>
            <translation>Kven:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="133" />
            <source>Innen:</source>
            <translation>Innan:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="198" />
            <source>Velg hvem</source>
            <translation>Vel kven</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="273" />
            <source>Oppgaven som endres</source>
            <translation>Oppgåva som blir endra</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="279" />
            <source>Vedtaket som endres</source>
            <translation>Vedtaket som blir endra</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_agreed.py" line="298" />
            <source>Ikke gjort likevel</source>
            <translation>Ikkje gjort likevel</translation>
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
            <translation>Ungdomen</translation>
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
            <translation>Ikkje vurdert</translation>
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
            <translation>Sensitivt område, skjult no.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/area_row.py" line="258" />
            <source>Dette området er skjult nå.</source>
            <translation>Dette området er skjult no.</translation>
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
            <translation>Tast 1–5 for å vurdere, 0 for ikkje vurdert. Du vurderer no for {who}.</translation>
        </message>
    </context>
    <context>
        <name>Attendees</name>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="50" />
            <location filename="../../lagmote/ui/meeting_attendees.py" line="93" />
            <source>Hvem er med i dag?</source>
            <translation>Kven er med i dag?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="55" />
            <source>For eksempel «Tolk (arabisk)»</source>
            <translation>Til dømes «Tolk (arabisk)»</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="56" />
            <source>Navn på gjesten</source>
            <translation>Namn på gjesten</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="58" />
            <source>Gjestens rolle</source>
            <translation>Rolla til gjesten</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="62" />
            <source>Legg til gjest</source>
            <translation>Legg til gjest</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="74" />
            <source>Gjester, som ikke er med i laget:</source>
            <translation>Gjester som ikkje er med i laget:</translation>
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
            <translation>Kven var med?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="110" />
            <source>{n} til stede.</source>
            <translation>{n} til stades.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="112" />
            <source>{n} til stede, én av dem gjest.</source>
            <translation>{n} til stades, éin av dei gjest.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_attendees.py" line="113" />
            <source>{n} til stede, {guests} av dem gjester.</source>
            <translation>{n} til stades, {guests} av dei gjester.</translation>
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
            <translation>Kven har sett saka</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="107" />
            <source>&amp;Alle</source>
            <translation>&amp;Alle</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="108" />
            <source>&amp;Bare lesing</source>
            <translation>&amp;Berre lesing</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="110" />
            <source>Lukk</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="151" />
            <source>Alle som har lest, endret, lagret eller skrevet ut saken, det nyeste først. Ungdommen har rett til å se dette. Listen kan ikke endres eller slettes.</source>
            <translation>Alle som har lese, endra, lagra eller skrive ut saka, det nyaste først. Ungdomen har rett til å sjå dette. Lista kan ikkje endrast eller slettast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="159" />
            <source>Vis:</source>
            <translation>Vis:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="201" />
            <source>Ingen har lest eller endret saken ennå.</source>
            <translation>Ingen har lese eller endra saka enno.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="204" />
            <source>Viser de {n} siste hendelsene. Hele listen: «lagmote audit --youth {id}».</source>
            <translation>Viser dei {n} siste hendingane. Heile lista: «lagmote audit --youth {id}».</translation>
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
            <translation>Kven</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/audit_dialog.py" line="75" />
            <source>Hva</source>
            <translation>Kva</translation>
        </message>
    </context>
    <context>
        <name>ClosingWizard</name>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="61" />
            <source>Steg 1 av 3: Hvorfor avsluttes oppfølgingen?</source>
            <translation>Steg 1 av 3: Kvifor blir oppfølginga avslutta?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="62" />
            <location filename="../../lagmote/ui/closing_wizard.py" line="68" />
            <source>Avsluttes fra</source>
            <translation>Blir avslutta frå</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="65" />
            <source>Grunnen med egne ord</source>
            <translation>Grunnen med eigne ord</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="74" />
            <source>Med egne ord (må fylles ut ved «Annet»):</source>
            <translation>Med eigne ord (må fyllast ut ved «Anna»):</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="88" />
            <source>Steg 2 av 3: Overføring og overganger</source>
            <translation>Steg 2 av 3: Overføring og overgangar</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="90" />
            <source>Hvem følger opp videre, og hvem er kontaktperson? Overganger er sårbare: kryss av for de som kommer, og skriv hvordan laget følger dem opp.</source>
            <translation>Kven følgjer opp vidare, og kven er kontaktperson? Overgangar er sårbare: kryss av for dei som kjem, og skriv korleis laget følgjer dei opp.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="95" />
            <source>Hvem følger opp videre</source>
            <translation>Kven følgjer opp vidare</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="96" />
            <source>Tjenestene som følger opp, eller at ingen gjør det</source>
            <translation>Tenestene som følgjer opp, eller at ingen gjer det</translation>
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
            <translation>Teneste</translation>
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
            <translation>Korleis overgangane blir følgde opp</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="103" />
            <source>Følges opp videre av</source>
            <translation>Blir følgd opp vidare av</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="110" />
            <source>Overganger</source>
            <translation>Overgangar</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="111" />
            <source>Slik følges de opp</source>
            <translation>Slik blir dei følgde opp</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="121" />
            <source>Steg 3 av 3: Oppsummering</source>
            <translation>Steg 3 av 3: Oppsummering</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="123" />
            <source>Skriv kort hva oppfølgingen har ført til. Saken forsvinner fra listen over aktive ungdommer, men kan leses i arkivet, og ingenting slettes.</source>
            <translation>Skriv kort kva oppfølginga har ført til. Saka forsvinn frå lista over aktive ungdomar, men kan lesast i arkivet, og ingenting blir sletta.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="128" />
            <source>Oppsummering</source>
            <translation>Oppsummering</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="148" />
            <source>Avslutning av oppfølgingen</source>
            <translation>Avslutning av oppfølginga</translation>
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
            <translation>Avslutt oppfølginga</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="166" />
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/closing_wizard.py" line="206" />
            <source>avsluttet oppfølgingen</source>
            <translation>avslutta oppfølginga</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="53" />
            <source>Noen andre har endret det samme</source>
            <translation>Nokon andre har endra det same</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="54" />
            <source>Endringskonflikt</source>
            <translation>Endringskonflikt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="67" />
            <source>Deres versjon</source>
            <translation>Versjonen deira</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="68" />
            <source>Din versjon</source>
            <translation>Versjonen din</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="70" />
            <source>Deres (lagret)</source>
            <translation>Deira (lagra)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="70" />
            <source>Din</source>
            <translation>Din</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="89" />
            <source>Kopier min tekst</source>
            <translation>Kopier teksten min</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="90" />
            <source>Se deres</source>
            <translation>Sjå deira</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="91" />
            <source>Behold min</source>
            <translation>Behald min</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="94" />
            <source>Slå sammen</source>
            <translation>Slå saman</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/conflict_dialog.py" line="115" />
            <source>(ikke satt)</source>
            <translation>(ikkje sett)</translation>
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
            <translation>(ein annan verdi)</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <location filename="../../lagmote/ui/connection_banner.py" line="36" />
            <source>Prøv nå</source>
            <translation>Prøv no</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/connection_banner.py" line="37" />
            <source>Kopier det som ikke er lagret</source>
            <translation>Kopier det som ikkje er lagra</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/connection_banner.py" line="57" />
            <source>⚠ Forbindelsen til databaseserveren er brutt. Det du skriver, blir tatt vare på her og lagret når serveren svarer igjen. Lukk ikke programmet før det er lagret.</source>
            <translation>⚠ Sambandet til databasetenaren er brote. Det du skriv, blir teke vare på her og lagra når tenaren svarar igjen. Ikkje lat att programmet før det er lagra.</translation>
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
            <translation>Kven gir samtykket</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="90" />
            <source>Velg eller skriv navnet</source>
            <translation>Vel eller skriv namnet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="91" />
            <source>Rollen til den som samtykker</source>
            <translation>Rolla til den som samtykkjer</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="93" />
            <source>Med familiens egne ord, og andre enn rollene</source>
            <translation>Med eigne ord frå familien, og andre enn rollene</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="94" />
            <source>Kan deles med, med egne ord</source>
            <translation>Kan delast med, med eigne ord</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="96" />
            <location filename="../../lagmote/ui/consent_form.py" line="120" />
            <source>Hvilken informasjon</source>
            <translation>Kva informasjon</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="97" />
            <source>Hvilken informasjon kan deles?</source>
            <translation>Kva informasjon kan delast?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="104" />
            <source>Samtykket gjelder fra</source>
            <translation>Samtykket gjeld frå</translation>
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
            <translation>Til dømes: forklart med tolk</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="117" />
            <source>Gitt av</source>
            <translation>Gitt av</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="118" />
            <source>Kan deles med</source>
            <translation>Kan delast med</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="119" />
            <source>Andre / egne ord</source>
            <translation>Andre / eigne ord</translation>
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
            <translation>Under 18 år samtykkjer føresette, etter å ha høyrt ungdomen. Samtykket kan trekkjast tilbake når som helst, utan grunn. Rollene med feit skrift er i laget no.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_form.py" line="163" />
            <source>I laget nå</source>
            <translation>I laget no</translation>
        </message>
    </context>
    <context>
        <name>ConsentRegister</name>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="48" />
            <source>Samtykker</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="51" />
            <source>Ingen samtykker er registrert ennå.</source>
            <translation>Ingen samtykke er registrerte enno.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="53" />
            <source>Samtykkene vises ikke på storskjermen. Om laget kan dele informasjon med en rolle, står ved rollen over.</source>
            <translation>Samtykka blir ikkje viste på storskjermen. Om laget kan dele informasjon med ei rolle, står ved rolla over.</translation>
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
            <translation>Trekt tilbake frå og med</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="158" />
            <source>Velg et samtykke i listen for å trekke det tilbake.</source>
            <translation>Vel eit samtykke i lista for å trekkje det tilbake.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="160" />
            <source>Samtykket fra {who} er allerede trukket tilbake.</source>
            <translation>Samtykket frå {who} er allereie trekt tilbake.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="164" />
            <source>Samtykket fra {who} trekkes tilbake fra og med</source>
            <translation>Samtykket frå {who} blir trekt tilbake frå og med</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/consent_view.py" line="191" />
            <source>Skjul skjemaet</source>
            <translation>Gøym skjemaet</translation>
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
            <translation>Kan delast med</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="320" />
            <source>Hva</source>
            <translation>Kva</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="321" />
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="322" />
            <source>Fra</source>
            <translation>Frå</translation>
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
            <translation>⚠ Trekt tilbake {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="388" />
            <source>… Gjelder fra {date}</source>
            <translation>… Gjeld frå {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="392" />
            <source>✓ Gjelder til {date}</source>
            <translation>✓ Gjeld til {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="395" />
            <source>✓ Gjelder</source>
            <translation>✓ Gjeld</translation>
        </message>
    </context>
    <context>
        <name>CoordinationStep</name>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="155" />
            <source>Notat (bare for laget)</source>
            <translation>Notat (berre for laget)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="164" />
            <source>Lagets notater fra møtet (bare for laget)</source>
            <translation>Notata til laget frå møtet (berre for laget)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="165" />
            <source>Det laget trenger å huske, som ikke hører hjemme i «Min plan».</source>
            <translation>Det laget treng å hugse, som ikkje høyrer heime i «Min plan».</translation>
        </message>
    </context>
    <context>
        <name>DailyBackup</name>
        <message>
            <location filename="../../lagmote/ui/daily_backup.py" line="75" />
            <source>Sikkerhetskopi</source>
            <translation>Tryggingskopi</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/daily_backup.py" line="113" />
            <source>Ingen daglig sikkerhetskopi: {why}</source>
            <translation>Inga dagleg tryggingskopi: {why}</translation>
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
            <translation>Lagmøte må haldast i dag, og er ikkje planlagt</translation>
        </message>
        <message>
            <location filename="../../lagmote/alerts.py" line="45" />
            <source>Lagmøte må holdes om {left}, og er ikke planlagt</source>
            <translation>Lagmøte må haldast om {left}, og er ikkje planlagt</translation>
        </message>
        <message>
            <location filename="../../lagmote/alerts.py" line="55" />
            <source>Evaluering på overtid: {late} over fristen {due}</source>
            <translation>Evaluering på overtid: {late} over fristen {due}</translation>
        </message>
        <message>
            <location filename="../../lagmote/alerts.py" line="64" />
            <source>1 oppgave fra lagmøtene over fristen</source>
            <translation>1 oppgåve frå lagmøta over fristen</translation>
        </message>
        <message>
            <location filename="../../lagmote/alerts.py" line="65" />
            <source>{n} oppgaver fra lagmøtene over fristen</source>
            <translation>{n} oppgåver frå lagmøta over fristen</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="23" />
            <source>Målene er nådd</source>
            <translation>Måla er nådde</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="24" />
            <source>Ungdommen får hjelp gjennom andre tiltak</source>
            <translation>Ungdomen får hjelp gjennom andre tiltak</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="25" />
            <source>Ungdommen eller familien ønsker ikke mer oppfølging</source>
            <translation>Ungdomen eller familien ønskjer ikkje meir oppfølging</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="26" />
            <source>Ungdommen flytter fra bydelen</source>
            <translation>Ungdomen flyttar frå bydelen</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="27" />
            <source>Ungdommen har nådd aldersgrensen</source>
            <translation>Ungdomen har nådd aldersgrensa</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="28" />
            <location filename="../../lagmote/standard.py" line="1079" />
            <location filename="../../lagmote/week.py" line="44" />
            <source>Annet</source>
            <translation>Anna</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="34" />
            <source>Ny skole, eller overgang til videregående</source>
            <translation>Ny skule, eller overgang til vidaregåande</translation>
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
            <translation>Overgang til andre tiltak og tenester</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="102" />
            <source>Avslutningsdatoen kan ikke være fram i tid.</source>
            <translation>Avslutningsdatoen kan ikkje vere fram i tid.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="104" />
            <source>Velg hvorfor oppfølgingen avsluttes.</source>
            <translation>Vel kvifor oppfølginga blir avslutta.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="106" />
            <source>Skriv hvorfor oppfølgingen avsluttes.</source>
            <translation>Skriv kvifor oppfølginga blir avslutta.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="108" />
            <source>Skriv hvem som følger opp videre, eller at ingen gjør det.</source>
            <translation>Skriv kven som følgjer opp vidare, eller at ingen gjer det.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="111" />
            <source>Skriv hvordan laget følger opp overgangene som er krysset av.</source>
            <translation>Skriv korleis laget følgjer opp overgangane som er kryssa av.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="113" />
            <source>Skriv en kort oppsummering av oppfølgingen.</source>
            <translation>Skriv ei kort oppsummering av oppfølginga.</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="120" />
            <source>Ukjent overgang: «{code}».</source>
            <translation>Ukjend overgang: «{code}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="125" />
            <source>Navnet på kontaktpersonen</source>
            <translation>Namnet på kontaktpersonen</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="126" />
            <source>Tjenesten</source>
            <translation>Tenesta</translation>
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
            <translation>Overføringa</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="133" />
            <source>Teksten om overganger</source>
            <translation>Teksten om overgangar</translation>
        </message>
        <message>
            <location filename="../../lagmote/closing.py" line="134" />
            <source>Oppsummeringen</source>
            <translation>Oppsummeringa</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="17" />
            <source>mandag</source>
            <translation>måndag</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="18" />
            <source>tirsdag</source>
            <translation>tysdag</translation>
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
            <translation>laurdag</translation>
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
            <translation>veke {week}</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="85" />
            <source>{n} uker</source>
            <translation>{n} veker</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="86" />
            <source>1 dag</source>
            <translation>1 dag</translation>
        </message>
        <message>
            <location filename="../../lagmote/dates.py" line="86" />
            <source>{n} dager</source>
            <translation>{n} dagar</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/archive.py" line="35" />
            <location filename="../../lagmote/db/backup.py" line="268" />
            <location filename="../../lagmote/db/backup.py" line="405" />
            <location filename="../../lagmote/db/engine.py" line="126" />
            <location filename="../../lagmote/preferences.py" line="59" />
            <source>Mappen {folder} finnes ikke.</source>
            <translation>Mappa {folder} finst ikkje.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/archive.py" line="39" />
            <source>Bare en avsluttet sak kan arkiveres og slettes. Avslutt oppfølgingen først.</source>
            <translation>Berre ei avslutta sak kan arkiverast og slettast. Avslutt oppfølginga først.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/audit_queries.py" line="47" />
            <location filename="../../lagmote/db/sheet_quick.py" line="90" />
            <location filename="../../lagmote/db/youth_access.py" line="33" />
            <source>Fant ingen ungdom med id {id}.</source>
            <translation>Fann ingen ungdom med id {id}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="54" />
            <source>En PostgreSQL-database sikkerhetskopieres med serverens egne verktøy (pg_dump): se «Sikkerhetskopi» i README.</source>
            <translation>Ein PostgreSQL-database blir tryggingskopiert med verktøya til serveren (pg_dump): sjå «Sikkerhetskopi» i README.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="90" />
            <location filename="../../lagmote/db/engine.py" line="142" />
            <source>Databasefilen {path} finnes ikke.</source>
            <translation>Databasefila {path} finst ikkje.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="94" />
            <location filename="../../lagmote/db/cipher_file.py" line="36" />
            <source>Databasefilen {path} er skadet eller ufullstendig.</source>
            <translation>Databasefila {path} er skadd eller ufullstendig.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="110" />
            <source>Sikkerhetskopien kunne ikke lages.</source>
            <translation>Tryggingskopien kunne ikkje lagast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="145" />
            <location filename="../../lagmote/db/backup.py" line="194" />
            <location filename="../../lagmote/db/backup.py" line="216" />
            <source>Sikkerhetskopien {name} er skadet.</source>
            <translation>Tryggingskopien {name} er skadd.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="155" />
            <source>Sikkerhetskopien {path} finnes ikke.</source>
            <translation>Tryggingskopien {path} finst ikkje.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="158" />
            <source>Sikkerhetskopien {path} kan ikke leses.</source>
            <translation>Tryggingskopien {path} kan ikkje lesast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="162" />
            <source>{name} er ikke kryptert, så den er ikke fra Lagmøte.</source>
            <translation>{name} er ikkje kryptert, så han er ikkje frå Lagmøte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="166" />
            <source>Sikkerhetskopien {name} er ufullstendig eller skadet.</source>
            <translation>Tryggingskopien {name} er ufullstendig eller skadd.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="189" />
            <source>Sikkerhetskopien {name} kan ikke åpnes: feil nøkkel, eller filen er ikke fra Lagmøte.</source>
            <translation>Tryggingskopien {name} kan ikkje opnast: feil nøkkel, eller fila er ikkje frå Lagmøte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="222" />
            <location filename="../../lagmote/db/backup.py" line="225" />
            <source>{name} er ikke en sikkerhetskopi fra Lagmøte.</source>
            <translation>{name} er ikkje ein tryggingskopi frå Lagmøte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="229" />
            <source>Sikkerhetskopien {name} er fra en nyere versjon av Lagmøte: oppdater programmet først.</source>
            <translation>Tryggingskopien {name} er frå ein nyare versjon av Lagmøte: oppdater programmet først.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="301" />
            <source>Databasen {name} er åpen i Lagmøte akkurat nå: lukk programmet (og kommandoer som bruker den) før du gjenoppretter.</source>
            <translation>Databasen {name} er open i Lagmøte akkurat no: lukk programmet (og kommandoar som brukar han) før du gjenopprettar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="337" />
            <source>Den gamle databasefilen {name} kunne ikke tas vare på.</source>
            <translation>Den gamle databasefila {name} kunne ikkje takast vare på.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="393" />
            <source>Mappen {folder} kan ikke lages.</source>
            <translation>Mappa {folder} kan ikkje lagast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="450" />
            <source>Mappen {folder} kan ikke skrives til.</source>
            <translation>Mappa {folder} kan ikkje skrivast til.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="457" />
            <source>Filen {path} kunne ikke skrives.</source>
            <translation>Fila {path} kunne ikkje skrivast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/backup.py" line="481" />
            <source>Sikkerhetskopien og databasen kan ikke være samme fil.</source>
            <translation>Tryggingskopien og databasen kan ikkje vere same fil.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/cipher_file.py" line="26" />
            <source>Databasefilen {path} kan ikke leses.</source>
            <translation>Databasefila {path} kan ikkje lesast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/cipher_file.py" line="29" />
            <source>Databasefilen {path} er skadet eller ufullstendig: den er tom. Ble programmet stoppet første gang det startet, kan den tomme filen slettes, så lages en ny.</source>
            <translation>Databasefila {path} er skadd eller ufullstendig: ho er tom. Vart programmet stoppa første gongen det starta, kan den tomme fila slettast, så blir ei ny laga.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/cipher_file.py" line="51" />
            <source>Nøkkelringen har ingen nøkkel for denne databasefilen: den er skadet, laget på en annen maskin, eller låst med passord (oppgi det i {variable}).</source>
            <translation>Nøkkelringen har ingen nøkkel for denne databasefila: ho er skadd, laga på ei anna maskin, eller låst med passord (oppgi det i {variable}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/closing_ops.py" line="22" />
            <source>avslutningen</source>
            <translation>avslutninga</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/closing_ops.py" line="34" />
            <source>Oppfølgingen er allerede avsluttet.</source>
            <translation>Oppfølginga er allereie avslutta.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/closing_ops.py" line="36" />
            <location filename="../../lagmote/db/evaluation_ops.py" line="43" />
            <source>evalueringen</source>
            <translation>evalueringa</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/closing_ops.py" line="69" />
            <source>Oppfølgingen er ikke avsluttet.</source>
            <translation>Oppfølginga er ikkje avslutta.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/conflicts.py" line="36" />
            <source>Noen andre har endret {what} mens du skrev. Velg hva som skal gjelde.</source>
            <translation>Nokon andre har endra {what} medan du skreiv. Vel kva som skal gjelde.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/conflicts.py" line="73" />
            <source>«{label}»</source>
            <translation>«{label}»</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="81" />
            <source>Databasen er ikke satt opp ennå: kjør lagmote admin init først.</source>
            <translation>Databasen er ikkje sett opp enno: køyr lagmote admin init først.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="85" />
            <source>En ny bruker må få et passord.</source>
            <translation>Ein ny brukar må få eit passord.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="119" />
            <source>{name} er ikke med i laget rundt ungdom {id}.</source>
            <translation>{name} er ikkje med i laget rundt ungdom {id}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="130" />
            <source>«{name}» kan ikke være et brukernavn: bruk 2–63 små bokstaver a–z, sifre og _, og begynn med en bokstav.</source>
            <translation>«{name}» kan ikkje vere eit brukarnamn: bruk 2–63 små bokstavar a–z, siffer og _, og byrj med ein bokstav.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="143" />
            <source>Ukjent rolle «{role}». Velg en av: {roles}.</source>
            <translation>Ukjend rolle «{role}». Vel ei av: {roles}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="152" />
            <source>Brukere og lag settes opp bare i en delt PostgreSQL-database, ikke i en lokal fil.</source>
            <translation>Brukarar og lag blir sette opp berre i ein delt PostgreSQL-database, ikkje i ei lokal fil.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="168" />
            <source>Du har ikke rettigheter til å sette opp brukere: kjør kommandoen som databasens eier, med rett til å lage roller (CREATEROLE).</source>
            <translation>Du har ikkje rettar til å setje opp brukarar: køyr kommandoen som eigaren av databasen, med rett til å lage roller (CREATEROLE).</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/district.py" line="201" />
            <source>{name} er ikke en bruker av databasen: legg til med add-user.</source>
            <translation>{name} er ikkje ein brukar av databasen: legg til med add-user.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/engine.py" line="117" />
            <source>lokal socket</source>
            <translation>lokal socket</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/engine.py" line="128" />
            <source>{path} er en mappe, ikke en databasefil.</source>
            <translation>{path} er ei mappe, ikkje ei databasefil.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/engine.py" line="188" />
            <source>Databasefilen {path} ble laget av et annet program.</source>
            <translation>Databasefila {path} vart laga av eit anna program.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/engine.py" line="192" />
            <source>Databasefilen {path} kunne ikke opprettes.</source>
            <translation>Databasefila {path} kunne ikkje opprettast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/engine.py" line="206" />
            <source>Databasefilen kunne ikke opprettes.</source>
            <translation>Databasefila kunne ikkje opprettast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/erase_ops.py" line="24" />
            <source>Bare en avsluttet sak kan slettes. Avslutt oppfølgingen først.</source>
            <translation>Berre ei avslutta sak kan slettast. Avslutt oppfølginga først.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="31" />
            <source>Databaseserveren svarer ikke.</source>
            <translation>Databaseserveren svarar ikkje.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="32" />
            <source>Forbindelsen til databaseserveren ble brutt.</source>
            <translation>Sambandet med databaseserveren vart brote.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="33" />
            <source>Forbindelsen til databaseserveren er brutt. Det du skrev, er tatt vare på og lagres når serveren svarer igjen.</source>
            <translation>Sambandet med databaseserveren er brote. Det du skreiv, er teke vare på og blir lagra når serveren svarar igjen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="44" />
            <source>Databasen kan ikke åpnes: feil nøkkel eller passord, eller filen er skadet.</source>
            <translation>Databasen kan ikkje opnast: feil nøkkel eller passord, eller fila er skadd.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="46" />
            <source>Databasefilen er skadet.</source>
            <translation>Databasefila er skadd.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="47" />
            <source>Databasen er låst av et annet program som bruker den.</source>
            <translation>Databasen er låst av eit anna program som brukar han.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="48" />
            <source>Disken er full, så endringen ble ikke lagret.</source>
            <translation>Disken er full, så endringa vart ikkje lagra.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="49" />
            <source>Databasefilen kan ikke skrives til (skrivebeskyttet).</source>
            <translation>Databasefila kan ikkje skrivast til (skriveverna).</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="50" />
            <source>Databasefilen kan ikke åpnes.</source>
            <translation>Databasefila kan ikkje opnast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="51" />
            <source>Lesing eller skriving til disken feilet.</source>
            <translation>Lesing frå eller skriving til disken feila.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="55" />
            <source>Innlogging til databaseserveren ble avvist.</source>
            <translation>Innlogginga til databaseserveren vart avvist.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="56" />
            <source>Databasen finnes ikke på serveren.</source>
            <translation>Databasen finst ikkje på serveren.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="59" />
            <source>Du har ikke tilgang til dette i databasen.</source>
            <translation>Du har ikkje tilgang til dette i databasen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="62" />
            <source>Du har ikke tilgang til å lagre dette: du er ikke med i laget rundt ungdommen, eller rollen din i laget gir ikke tilgang til det.</source>
            <translation>Du har ikkje tilgang til å lagre dette: du er ikkje med i laget rundt ungdomen, eller rolla di i laget gir ikkje tilgang til det.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="103" />
            <source>Noen andre har endret dette i mellomtiden. Last inn på nytt og prøv igjen.</source>
            <translation>Nokon andre har endra dette i mellomtida. Last inn på nytt og prøv igjen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="105" />
            <source>Endringen ble avvist fordi den bryter en regel i databasen.</source>
            <translation>Endringa vart avvist fordi ho bryt ein regel i databasen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="111" />
            <source>Databasen kunne ikke brukes akkurat nå.</source>
            <translation>Databasen kunne ikkje brukast akkurat no.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/errors.py" line="112" />
            <location filename="../../lagmote/db/quick.py" line="106" />
            <source>Databasen meldte en feil, så handlingen ble ikke fullført.</source>
            <translation>Databasen melde ein feil, så handlinga vart ikkje fullført.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="46" />
            <source>perioden</source>
            <translation>perioden</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="47" />
            <source>svarene</source>
            <translation>svara</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="48" />
            <source>anbefalingen</source>
            <translation>tilrådinga</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="85" />
            <source>Det finnes allerede et utkast til evaluering: fortsett på det.</source>
            <translation>Det finst allereie eit utkast til evaluering: hald fram med det.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="114" />
            <source>Ugyldig side i evalueringen.</source>
            <translation>Ugyldig side i evalueringa.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="125" />
            <source>Evalueringen er fullført; åpne den som utkast for å endre den.</source>
            <translation>Evalueringa er fullført; opne ho som utkast for å endre ho.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="149" />
            <source>Det finnes et annet utkast; fullfør eller slett det først.</source>
            <translation>Det finst eit anna utkast; fullfør eller slett det først.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/evaluation_ops.py" line="162" />
            <source>En fullført evaluering kan ikke slettes: den er lagets vurdering.</source>
            <translation>Ei fullført evaluering kan ikkje slettast: ho er vurderinga til laget.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="34" />
            <source>kartleggingen</source>
            <translation>kartlegginga</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="35" />
            <source>datoen for kartleggingen</source>
            <translation>datoen for kartlegginga</translation>
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
            <translation>vurderinga</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="38" />
            <source>ressursene</source>
            <translation>ressursane</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="39" />
            <source>risikoene</source>
            <translation>risikoane</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/kartlegging_ops.py" line="208" />
            <source>Det finnes allerede en kartlegging med denne datoen; velg en annen dag.</source>
            <translation>Det finst allereie ei kartlegging med denne datoen; vel ein annan dag.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="109" />
            <location filename="../../lagmote/db/recovery_key.py" line="106" />
            <source>Nøkkelen i nøkkelringen er ødelagt.</source>
            <translation>Nøkkelen i nøkkelringen er øydelagd.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="112" />
            <source>Nøkkelringen svarte ikke, så databasen kan ikke låses opp.</source>
            <translation>Nøkkelringen svarte ikkje, så databasen kan ikkje låsast opp.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="125" />
            <source>Nøkkelen kunne ikke lagres i nøkkelringen.</source>
            <translation>Nøkkelen kunne ikkje lagrast i nøkkelringen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="128" />
            <source>Nøkkelringen tok ikke vare på nøkkelen, så databasen ble ikke laget.</source>
            <translation>Nøkkelringen tok ikkje vare på nøkkelen, så databasen vart ikkje laga.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="155" />
            <source>Passordet må ha minst {length} tegn.</source>
            <translation>Passordet må ha minst {length} teikn.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="158" />
            <source>Passordet kan ikke inneholde kontrolltegn.</source>
            <translation>Passordet kan ikkje innehalde kontrollteikn.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="160" />
            <source>Passordet kan ikke begynne med x'.</source>
            <translation>Passordet kan ikkje byrje med x'.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="167" />
            <source>Ingen nøkkelring er tilgjengelig: oppgi passordet i {variable}.</source>
            <translation>Ingen nøkkelring er tilgjengeleg: oppgi passordet i {variable}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/keys.py" line="173" />
            <location filename="../../lagmote/db/server.py" line="219" />
            <source>Databasen ble ikke åpnet fordi passordet ikke ble oppgitt.</source>
            <translation>Databasen vart ikkje opna fordi passordet ikkje vart oppgitt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="36" />
            <source>lagmøtet</source>
            <translation>lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="38" />
            <source>ungdommens egne ord</source>
            <translation>ungdomen sine eigne ord</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="38" />
            <source>notatene</source>
            <translation>notata</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="40" />
            <location filename="../../lagmote/db/meeting_ops.py" line="257" />
            <location filename="../../lagmote/db/meeting_ops.py" line="268" />
            <source>oppgaven</source>
            <translation>oppgåva</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="41" />
            <source>hvem som gjør oppgaven</source>
            <translation>kven som gjer oppgåva</translation>
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
            <translation>datoen ho vart gjord</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="76" />
            <source>Lagmøtet har ikke noe felt som heter «{field}».</source>
            <translation>Lagmøtet har ikkje noko felt som heiter «{field}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="107" />
            <source>Et holdt lagmøte kan ikke slettes: det er lagets referat.</source>
            <translation>Eit halde lagmøte kan ikkje slettast: det er referatet til laget.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="110" />
            <source>Lagmøtet har allerede noe skrevet inn, så det kan ikke slettes.</source>
            <translation>Lagmøtet har allereie noko skrive inn, så det kan ikkje slettast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="179" />
            <source>deltakeren</source>
            <translation>deltakaren</translation>
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
            <translation>medlemmen</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/meeting_ops.py" line="293" />
            <source>Fant ikke lagmøtet til {what}; noen kan ha slettet det.</source>
            <translation>Fann ikkje lagmøtet til {what}; nokon kan ha sletta det.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/ops_common.py" line="49" />
            <source>ungdommen</source>
            <translation>ungdomen</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/ops_common.py" line="58" />
            <source>Fant ikke {what} (id {id}); noen kan ha slettet det.</source>
            <translation>Fann ikkje {what} (id {id}); nokon kan ha sletta det.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/ops_common.py" line="77" />
            <source>Det som ble valgt, hører til en annen ungdom.</source>
            <translation>Det som vart valt, høyrer til ein annan ungdom.</translation>
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
            <translation>kvifor</translation>
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
            <translation>målet tiltaket høyrer til</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="59" />
            <source>hvem som har ansvaret</source>
            <translation>kven som har ansvaret</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="61" />
            <source>statusen</source>
            <translation>statusen</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="62" />
            <source>datoen det ble gjort</source>
            <translation>datoen det vart gjort</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="65" />
            <source>dagen</source>
            <translation>dagen</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="66" />
            <source>starttiden</source>
            <translation>starttida</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="67" />
            <source>sluttiden</source>
            <translation>sluttida</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="68" />
            <source>slaget aktivitet</source>
            <translation>slaget aktivitet</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="69" />
            <source>navnet på aktiviteten</source>
            <translation>namnet på aktiviteten</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="70" />
            <source>stedet</source>
            <translation>staden</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="92" />
            <source>teksten</source>
            <translation>teksten</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/plan_ops.py" line="323" />
            <source>den ansvarlige</source>
            <translation>den ansvarlege</translation>
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
            <translation>Gjenopprettingsnøkkelen skal ha 64 teikn (0–9 og A–F) i blokker på fire.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/recovery_key.py" line="108" />
            <source>Nøkkelringen svarte ikke, så nøkkelen kan ikke vises.</source>
            <translation>Nøkkelringen svarte ikkje, så nøkkelen kan ikkje visast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/recovery_key.py" line="116" />
            <source>Nøkkelringen har ingen nøkkel for denne databasefilen.</source>
            <translation>Nøkkelringen har ingen nøkkel for denne databasefila.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/recovery_key.py" line="128" />
            <source>Passordet lagres ikke noe sted, så ta sikkerhetskopi med «lagmote backup».</source>
            <translation>Passordet blir ikkje lagra nokon stad, så ta tryggingskopi med «lagmote backup».</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/recovery_key.py" line="149" />
            <source>Nøkkelringen har ingen nøkkel for {name}: kjør kommandoen i et terminalvindu og skriv gjenopprettingsnøkkelen, eller oppgi passordet i {variable}.</source>
            <translation>Nøkkelringen har ingen nøkkel for {name}: køyr kommandoen i eit terminalvindauge og skriv gjenopprettingsnøkkelen, eller oppgi passordet i {variable}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="55" />
            <location filename="../../lagmote/db/server.py" line="103" />
            <source>Databaseadressen er ikke en gyldig PostgreSQL-adresse.</source>
            <translation>Databaseadressa er ikkje ei gyldig PostgreSQL-adresse.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="82" />
            <source>Innlogging til databaseserveren ble avvist: feil brukernavn eller passord.</source>
            <translation>Innlogginga til databaseserveren vart avvist: feil brukarnamn eller passord.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="92" />
            <source>PostgreSQL-støtte mangler: installer lagmote[postgres].</source>
            <translation>PostgreSQL-støtte manglar: installer lagmote[postgres].</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="131" />
            <source>Du har ikke tilgang til denne databasen: administratoren må gjøre deg til bruker (lagmote admin add-user).</source>
            <translation>Du har ikkje tilgang til denne databasen: administratoren må gjere deg til brukar (lagmote admin add-user).</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="142" />
            <source>Databasen må oppgraderes til denne versjonen av Lagmøte, og det kan bare administratoren gjøre (lagmote admin init).</source>
            <translation>Databasen må oppgraderast til denne versjonen av Lagmøte, og det kan berre administratoren gjere (lagmote admin init).</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="212" />
            <source>Databaseserveren vil ha et passord, men ingen nøkkelring har det og det kan ikke spørres om her.</source>
            <translation>Databaseserveren vil ha eit passord, men ingen nøkkelring har det, og det kan ikkje spørjast om her.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/server.py" line="230" />
            <source>Passord for {who}: </source>
            <translation>Passord for {who}: </translation>
        </message>
        <message>
            <location filename="../../lagmote/db/settings.py" line="38" />
            <source>Evalueringsintervallet må være mellom {low} og {high} måneder.</source>
            <translation>Evalueringsintervallet må vere mellom {low} og {high} månader.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/settings.py" line="42" />
            <source>Tiden før vinduet låser seg må være mellom {low} og {high} minutter.</source>
            <translation>Tida før vindauget låser seg må vere mellom {low} og {high} minutt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/store.py" line="34" />
            <source>Lagmøte er låst: lås opp før du fortsetter.</source>
            <translation>Lagmøte er låst: lås opp før du held fram.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/store.py" line="43" />
            <source>Teksten har et kontrolltegn eller ugyldig tegn som ikke kan lagres; bare linjeskift og tabulator er lov.</source>
            <translation>Teksten har eit kontrollteikn eller ugyldig teikn som ikkje kan lagrast; berre linjeskift og tabulator er lov.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="30" />
            <source>rollen</source>
            <translation>rolla</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="31" />
            <source>navnet</source>
            <translation>namnet</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="32" />
            <source>arbeidsstedet</source>
            <translation>arbeidsstaden</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="33" />
            <source>telefonnummeret</source>
            <translation>telefonnummeret</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="34" />
            <source>e-postadressen</source>
            <translation>e-postadressa</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="35" />
            <source>ansvaret</source>
            <translation>ansvaret</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="38" />
            <source>hvem som samtykket</source>
            <translation>kven som samtykte</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="39" />
            <source>rollen til den som samtykket</source>
            <translation>rolla til den som samtykte</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="40" />
            <location filename="../../lagmote/db/team_ops.py" line="42" />
            <source>hvem det deles med</source>
            <translation>kven det blir delt med</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="41" />
            <source>datoen samtykket ble gitt</source>
            <translation>datoen samtykket vart gitt</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="43" />
            <source>hva som deles</source>
            <translation>kva som blir delt</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="44" />
            <source>formen på samtykket</source>
            <translation>forma på samtykket</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/team_ops.py" line="45" />
            <source>datoen samtykket ble trukket tilbake</source>
            <translation>datoen samtykket vart trekt tilbake</translation>
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
            <translation>Fila er ikkje tekst i UTF-8.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="53" />
            <source>{path} er en mappe, ikke en fil.</source>
            <translation>{path} er ei mappe, ikkje ei fil.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="58" />
            <source>Fant ikke filen {path}.</source>
            <translation>Fann ikkje fila {path}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="60" />
            <source>Filen {path} kan ikke leses.</source>
            <translation>Fila {path} kan ikkje lesast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="68" />
            <source>Filen er større enn {megabytes} MB, som er grensen for en Lagmøte-fil.</source>
            <translation>Fila er større enn {megabytes} MB, som er grensa for ei Lagmøte-fil.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="81" />
            <source>Filen er ikke gyldig JSON (feil på linje {line}, kolonne {column}).</source>
            <translation>Fila er ikkje gyldig JSON (feil på linje {line}, kolonne {column}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="86" />
            <source>Filen er nestet for dypt til å være en Lagmøte-fil.</source>
            <translation>Fila er nesta for djupt til å vere ei Lagmøte-fil.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="88" />
            <source>Filen er ikke gyldig JSON.</source>
            <translation>Fila er ikkje gyldig JSON.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="95" />
            <source>Filen har et objekt med samme felt to ganger.</source>
            <translation>Fila har eit objekt med same felt to gonger.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/files.py" line="100" />
            <source>Filen har NaN eller Infinity, som ikke er gyldig JSON.</source>
            <translation>Fila har NaN eller Infinity, som ikkje er gyldig JSON.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/importer.py" line="42" />
            <source>Ungdommen finnes allerede i databasen (uid {uid}). Bruk {option} for å lage en kopi.</source>
            <translation>Ungdomen finst allereie i databasen (uid {uid}). Bruk {option} for å lage ein kopi.</translation>
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
            <translation>ein dato (ÅÅÅÅ-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="87" />
            <source>en sannhetsverdi</source>
            <translation>ein sanningsverdi</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="89" />
            <location filename="../../lagmote/db/transfer/validate.py" line="206" />
            <source>et heltall</source>
            <translation>eit heiltal</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="91" />
            <source>et desimaltall</source>
            <translation>eit desimaltal</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="95" />
            <location filename="../../lagmote/db/transfer/validate.py" line="142" />
            <source>en liste</source>
            <translation>ei liste</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="97" />
            <location filename="../../lagmote/db/transfer/validate.py" line="155" />
            <source>et objekt</source>
            <translation>eit objekt</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="98" />
            <source>en verdi JSON ikke har</source>
            <translation>ein verdi JSON ikkje har</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="105" />
            <source>{path}: må være {expected}, fikk {actual}.</source>
            <translation>{path}: må vere {expected}, fekk {actual}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="112" />
            <source>et heltall fra {low} til {high}</source>
            <translation>eit heiltal frå {low} til {high}</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="129" />
            <source>Dokumentet må være et JSON-objekt, fikk {actual}.</source>
            <translation>Dokumentet må vere eit JSON-objekt, fekk {actual}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="145" />
            <source>{path}: kan ha høyst {most} rader, fikk {count}.</source>
            <translation>{path}: kan ha høgst {most} rader, fekk {count}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="170" />
            <source>{path}: ref {ref} er brukt av en annen rad i {table}.</source>
            <translation>{path}: ref {ref} er brukt av ei anna rad i {table}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="191" />
            <source>{path}: peker på ref {ref}, men ingen rad i {table} har den.</source>
            <translation>{path}: peikar på ref {ref}, men inga rad i {table} har han.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="200" />
            <source>{path}: må være "{format}", ellers er dette ikke en Lagmøte-fil.</source>
            <translation>{path}: må vere "{format}", elles er dette ikkje ei Lagmøte-fil.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="210" />
            <source>{path}: filen er laget med en nyere versjon av Lagmøte, så programmet må oppdateres først.</source>
            <translation>{path}: fila er laga med ein nyare versjon av Lagmøte, så programmet må oppdaterast først.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="217" />
            <source>{path}: må være {version}, fikk et annet tall.</source>
            <translation>{path}: må vere {version}, fekk eit anna tal.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="270" />
            <source>{path}: feltet mangler.</source>
            <translation>{path}: feltet manglar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="275" />
            <source>{path}: ukjent felt.</source>
            <translation>{path}: ukjent felt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="277" />
            <source>{path}: har et ukjent felt med et navn som ikke kan vises.</source>
            <translation>{path}: har eit ukjent felt med eit namn som ikkje kan visast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="278" />
            <source>Dokumentet</source>
            <translation>Dokumentet</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="288" />
            <source>et tidspunkt på formen ÅÅÅÅ-MM-DDTtt:mm:ss</source>
            <translation>eit tidspunkt på forma ÅÅÅÅ-MM-DDTtt:mm:ss</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="299" />
            <source>{path}: må være {expected}, fikk annen tekst.</source>
            <translation>{path}: må vere {expected}, fekk anna tekst.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="306" />
            <source>en av {codes}</source>
            <translation>ein av {codes}</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="312" />
            <source>{expected} eller null</source>
            <translation>{expected} eller null</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="321" />
            <source>{path}: må være {expected}, fikk en ukjent kode.</source>
            <translation>{path}: må vere {expected}, fekk ein ukjend kode.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="329" />
            <source>{path}: kan ha høyst {most} tegn, fikk {count}.</source>
            <translation>{path}: kan ha høgst {most} teikn, fekk {count}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="335" />
            <source>{path}: har kontrolltegn, og bare linjeskift og tabulator er lov.</source>
            <translation>{path}: har kontrollteikn, og berre linjeskift og tabulator er lov.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="347" />
            <source>{path}: må være {expected}, fikk et tall utenfor.</source>
            <translation>{path}: må vere {expected}, fekk eit tal utanfor.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="369" />
            <source>{path}: må være en dato som finnes, fikk en dato som ikke finnes.</source>
            <translation>{path}: må vere ein dato som finst, fekk ein dato som ikkje finst.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="389" />
            <source>{path}: samme {fields} finnes allerede i {other}.</source>
            <translation>{path}: same {fields} finst allereie i {other}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="410" />
            <source>{path}: må være en UUID med små bokstaver, fikk annen tekst.</source>
            <translation>{path}: må vere ein UUID med små bokstavar, fekk anna tekst.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="417" />
            <source>{path}: må være områdenumre fra {low} til {high} skilt med komma, fikk annen tekst.</source>
            <translation>{path}: må vere områdenummer frå {low} til {high} skilde med komma, fekk anna tekst.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="427" />
            <source>{path}: må være senere enn {start}.</source>
            <translation>{path}: må vere seinare enn {start}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="437" />
            <source>{path}: må være rollekoder skilt med komma, fikk en ukjent kode.</source>
            <translation>{path}: må vere rollekodar skilde med komma, fekk ein ukjend kode.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="449" />
            <source>{path}: må være {what} skilt med komma, fikk en ukjent kode.</source>
            <translation>{path}: må vere {what} skilde med komma, fekk ein ukjend kode.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="460" />
            <source>perspektivkoder</source>
            <translation>perspektivkodar</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/transfer/validate.py" line="466" />
            <source>overgangskoder</source>
            <translation>overgangskodar</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/urls.py" line="35" />
            <source>Skriv ikke passordet i databaseadressen: Lagmøte spør om det og tar vare på det i nøkkelringen.</source>
            <translation>Skriv ikkje passordet i databaseadressa: Lagmøte spør om det og tek vare på det i nøkkelringen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/db/youth_access.py" line="29" />
            <source>Du har ikke tilgang til ungdom {id}: du er ikke med i laget rundt ungdommen (eller saken finnes ikke). Spør administratoren om du skal ha tilgang.</source>
            <translation>Du har ikkje tilgang til ungdom {id}: du er ikkje med i laget rundt ungdomen (eller saka finst ikkje). Spør administratoren om du skal ha tilgang.</translation>
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
            <translation>Oppfølginga vart avslutta {date}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="207" />
            <source>Oppfølgingen er avsluttet.</source>
            <translation>Oppfølginga er avslutta.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="209" />
            <source>Første evaluering blir beregnet fra iverksettingen, som ikke er registrert.</source>
            <translation>Den første evalueringa blir rekna frå iverksetjinga, som ikkje er registrert.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="212" />
            <source>⚠ Evalueringen er på overtid: {late} over fristen {due}.</source>
            <translation>⚠ Evalueringa er på overtid: {late} over fristen {due}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="214" />
            <source>Neste evaluering skal være gjort senest {date}.</source>
            <translation>Neste evaluering skal vere gjord seinast {date}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="253" />
            <source>Evalueringen kan ikke være datert fram i tid.</source>
            <translation>Evalueringa kan ikkje vere datert fram i tid.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="256" />
            <source>Perioden må begynne før den slutter.</source>
            <translation>Perioden må byrje før han sluttar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="258" />
            <source>Perioden kan ikke begynne etter evalueringsdatoen.</source>
            <translation>Perioden kan ikkje byrje etter evalueringsdatoen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="260" />
            <source>Perioden kan ikke slutte etter evalueringsdatoen.</source>
            <translation>Perioden kan ikkje slutte etter evalueringsdatoen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="261" />
            <source>Deltakerlisten</source>
            <translation>Deltakarlista</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="268" />
            <source>Ukjent perspektiv: «{code}».</source>
            <translation>Ukjend perspektiv: «{code}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="274" />
            <source>Evalueringen har ikke noe spørsmål {number}.</source>
            <translation>Evalueringa har ikkje noko spørsmål {number}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="278" />
            <source>Ukjent vurdering: «{code}».</source>
            <translation>Ukjend vurdering: «{code}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="279" />
            <source>Svaret</source>
            <translation>Svaret</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="285" />
            <source>Ukjent anbefaling: «{code}».</source>
            <translation>Ukjend tilråding: «{code}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="286" />
            <source>Begrunnelsen</source>
            <translation>Grunngjevinga</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="287" />
            <source>Teksten om uenighet</source>
            <translation>Teksten om usemje</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="290" />
            <source>Neste evaluering må være etter denne.</source>
            <translation>Neste evaluering må vere etter denne.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="292" />
            <source>Når oppfølgingen avsluttes, skal det ikke settes noen ny evaluering.</source>
            <translation>Når oppfølginga blir avslutta, skal det ikkje setjast nokon ny evaluering.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="298" />
            <source>Kryss av for hvem som har gitt tilbakemelding.</source>
            <translation>Kryss av for kven som har gitt tilbakemelding.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="302" />
            <source>Svar på spørsmål {numbers} fra minst ett perspektiv.</source>
            <translation>Svar på spørsmål {numbers} frå minst eitt perspektiv.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="305" />
            <source>Velg om oppfølgingen skal avsluttes eller videreføres.</source>
            <translation>Vel om oppfølginga skal avsluttast eller førast vidare.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="307" />
            <source>Skriv begrunnelsen for anbefalingen.</source>
            <translation>Skriv grunngjevinga for tilrådinga.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="309" />
            <source>Sett dato for neste evaluering.</source>
            <translation>Set dato for neste evaluering.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="311" />
            <source>Perspektivene er uenige: skriv hvordan laget vurderer uenigheten.</source>
            <translation>Perspektiva er usamde: skriv korleis laget vurderer usemja.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation.py" line="317" />
            <source>Evalueringsintervallet må være mellom {least} og {most} måneder.</source>
            <translation>Evalueringsintervallet må vere mellom {least} og {most} månader.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="44" />
            <source>Ikke vurdert ennå.</source>
            <translation>Ikkje vurdert enno.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="46" />
            <source>Vurdert én gang: {rating}.</source>
            <translation>Vurdert éin gong: {rating}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="47" />
            <source>Fra {first} til {latest}: {direction}.</source>
            <translation>Frå {first} til {latest}: {direction}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="68" />
            <source>Ingen lagmøter ble holdt i perioden.</source>
            <translation>Ingen lagmøte vart haldne i perioden.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="69" />
            <source>{on_time} av {held} lagmøter ble holdt innen fristen.</source>
            <translation>{on_time} av {held} lagmøte vart haldne innan fristen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="72" />
            <source>{date}: {days} for sent.</source>
            <translation>{date}: {days} for seint.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="89" />
            <source>Ingen oppgaver fra lagmøtene hadde frist i perioden.</source>
            <translation>Ingen oppgåver frå lagmøta hadde frist i perioden.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="90" />
            <source>{kept} av {due} oppgaver fra lagmøtene ble gjort innen fristen, {kept_late} ble gjort for sent, og {not_done} er ikke gjort.</source>
            <translation>{kept} av {due} oppgåver frå lagmøta vart gjorde innan fristen, {kept_late} vart gjorde for seint, og {not_done} er ikkje gjorde.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="115" />
            <source>Det trengs minst to kartlegginger for å se endring.</source>
            <translation>Det trengst minst to kartleggingar for å sjå endring.</translation>
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
            <translation>{whose}: inga endring.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="127" />
            <location filename="../../lagmote/kartlegging.py" line="192" />
            <source>Skjulte områder er ikke tatt med.</source>
            <translation>Skjulte område er ikkje tekne med.</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="216" />
            <source>1 trinn bedre</source>
            <translation>1 trinn betre</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="216" />
            <source>1 trinn dårligere</source>
            <translation>1 trinn dårlegare</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="218" />
            <source>{n} trinn bedre</source>
            <translation>{n} trinn betre</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="220" />
            <source>{n} trinn dårligere</source>
            <translation>{n} trinn dårlegare</translation>
        </message>
        <message>
            <location filename="../../lagmote/evaluation_evidence.py" line="221" />
            <source>uendret</source>
            <translation>uendra</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="175" />
            <source>Endring over tid vises når det finnes minst to kartlegginger.</source>
            <translation>Endring over tid blir vist når det finst minst to kartleggingar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="178" />
            <source>Endring siden første kartlegging ({date}), etter {whose}:</source>
            <translation>Endring sidan første kartlegging ({date}), etter {whose}:</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="182" />
            <source>Mest bedring: {areas}.</source>
            <translation>Mest betring: {areas}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="184" />
            <source>Ingen områder er vurdert bedre enn første gang.</source>
            <translation>Ingen område er vurderte betre enn første gongen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="187" />
            <source>Mest tilbakegang: {areas}.</source>
            <translation>Mest tilbakegang: {areas}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="189" />
            <source>Ingen områder er vurdert dårligere enn første gang.</source>
            <translation>Ingen område er vurderte dårlegare enn første gongen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="197" />
            <source>{area} (fra {first} til {latest})</source>
            <translation>{area} (frå {first} til {latest})</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="218" />
            <source>Ungdommen og laget er ikke mer enn ett trinn fra hverandre på noe område.</source>
            <translation>Ungdomen og laget er ikkje meir enn eitt trinn frå kvarandre på noko område.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="219" />
            <source>{area} (ungdommen {youth}, laget {team})</source>
            <translation>{area} (ungdomen {youth}, laget {team})</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="228" />
            <source>Ungdommen og laget ser ulikt på: {areas}. Det er noe å snakke om.</source>
            <translation>Ungdomen og laget ser ulikt på: {areas}. Det er noko å snakke om.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="254" />
            <location filename="../../lagmote/plan.py" line="181" />
            <source>Området må være et av de 12 områdene i kartleggingen.</source>
            <translation>Området må vere eitt av dei 12 områda i kartlegginga.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="256" />
            <source>Ukjent vurdering: «{perspective}»; bruk ungdommens eller lagets.</source>
            <translation>Ukjend vurdering: «{perspective}»; bruk vurderinga til ungdomen eller laget.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="260" />
            <source>En vurdering i kartleggingen må være fra 1 til 5, eller «ikke vurdert».</source>
            <translation>Ei vurdering i kartlegginga må vere frå 1 til 5, eller «ikkje vurdert».</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="262" />
            <source>Teksten om ressurser</source>
            <translation>Teksten om ressursar</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="263" />
            <source>Teksten om risiko</source>
            <translation>Teksten om risiko</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="268" />
            <source>En kartlegging kan ikke ha en dato fram i tid.</source>
            <translation>Ei kartlegging kan ikkje ha ein dato fram i tid.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="269" />
            <source>Merknaden</source>
            <translation>Merknaden</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="274" />
            <source>Bare de 12 områdene i kartleggingen kan merkes som sensitive.</source>
            <translation>Berre dei 12 områda i kartlegginga kan merkjast som sensitive.</translation>
        </message>
        <message>
            <location filename="../../lagmote/kartlegging.py" line="283" />
            <source>ikke vurdert</source>
            <translation>ikkje vurdert</translation>
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
            <translation>Seinast seks veker etter førre lagmøte ({date}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="148" />
            <source>Det første lagmøtet skal holdes senest én uke etter oppstartsmøtet.</source>
            <translation>Det første lagmøtet skal haldast seinast éi veke etter oppstartsmøtet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="150" />
            <source>Fristen var {date}, så møtet bør holdes nå.</source>
            <translation>Fristen var {date}, så møtet bør haldast no.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="162" />
            <source>{date} er 1 dag etter fristen ({due}): lagmøtene skal holdes minst hver {weeks}. uke.</source>
            <translation>{date} er 1 dag etter fristen ({due}): lagmøta skal haldast minst kvar {weeks}. veke.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="166" />
            <source>{date} er {days} dager etter fristen ({due}): lagmøtene skal holdes minst hver {weeks}. uke.</source>
            <translation>{date} er {days} dagar etter fristen ({due}): lagmøta skal haldast minst kvar {weeks}. veke.</translation>
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
            <translation>Dagsordenen har ikkje noko punkt som heiter «{key}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="273" />
            <source>Skriv hva som skal gjøres.</source>
            <translation>Skriv kva som skal gjerast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="274" />
            <source>Oppgaven</source>
            <translation>Oppgåva</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="276" />
            <source>En oppgave kan ikke være gjort på en dato fram i tid.</source>
            <translation>Ei oppgåve kan ikkje vere gjord på ein dato fram i tid.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="281" />
            <source>Skriv hva laget ble enige om.</source>
            <translation>Skriv kva laget vart samde om.</translation>
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
            <translation>Ukjend rolle: «{role}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="289" />
            <source>Skriv navnet på den som var med.</source>
            <translation>Skriv namnet på den som var med.</translation>
        </message>
        <message>
            <location filename="../../lagmote/meetings.py" line="290" />
            <location filename="../../lagmote/team.py" line="134" />
            <location filename="../../lagmote/team.py" line="182" />
            <source>Navnet</source>
            <translation>Namnet</translation>
        </message>
        <message>
            <location filename="../../lagmote/minutes.py" line="139" />
            <source>Ungdommen har ingen lagmøter ennå; det finnes ikke noe referat.</source>
            <translation>Ungdomen har ingen lagmøte enno; det finst ikkje noko referat.</translation>
        </message>
        <message>
            <location filename="../../lagmote/minutes.py" line="143" />
            <source>Ungdommen har bare ett lagmøte; velg 1.</source>
            <translation>Ungdomen har berre eitt lagmøte; vel 1.</translation>
        </message>
        <message>
            <location filename="../../lagmote/minutes.py" line="144" />
            <source>Ungdommen har bare {count} lagmøter; velg et tall fra 1 til {count}.</source>
            <translation>Ungdomen har berre {count} lagmøte; vel eit tal frå 1 til {count}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/minutes.py" line="147" />
            <source>Lagmøte {number} er ikke holdt ennå; det finnes ikke noe referat.</source>
            <translation>Lagmøte {number} er ikkje halde enno; det finst ikkje noko referat.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="172" />
            <source>Planen har ingen del som heter «{key}».</source>
            <translation>Planen har ingen del som heiter «{key}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="178" />
            <source>Målet må ha en tekst: skriv det med ungdommens egne ord.</source>
            <translation>Målet må ha ein tekst: skriv det med ungdomen sine eigne ord.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="179" />
            <source>Målet</source>
            <translation>Målet</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="188" />
            <source>En vurdering på målstigen må være fra −2 til +2.</source>
            <translation>Ei vurdering på målstigen må vere frå −2 til +2.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="193" />
            <source>Tiltaket må ha en tekst som sier hva som skal gjøres.</source>
            <translation>Tiltaket må ha ein tekst som seier kva som skal gjerast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="194" />
            <source>Tiltaket</source>
            <translation>Tiltaket</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="196" />
            <source>Ukjent status for tiltaket: «{status}».</source>
            <translation>Ukjend status for tiltaket: «{status}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="198" />
            <source>Bare et fullført tiltak kan ha en dato for når det ble gjort.</source>
            <translation>Berre eit fullført tiltak kan ha ein dato for når det vart gjort.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="204" />
            <source>Dagen må være en ukedag fra mandag til søndag.</source>
            <translation>Dagen må vere ein vekedag frå måndag til søndag.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="206" />
            <source>Ukjent type aktivitet: «{kind}».</source>
            <translation>Ukjend type aktivitet: «{kind}».</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="208" />
            <source>En aktivitet må ligge innenfor ett døgn (00:00–24:00).</source>
            <translation>Ein aktivitet må liggje innanfor eitt døgn (00:00–24:00).</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="210" />
            <source>En aktivitet må slutte etter at den begynner.</source>
            <translation>Ein aktivitet må slutte etter at han byrjar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="211" />
            <source>Navnet på aktiviteten</source>
            <translation>Namnet på aktiviteten</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="212" />
            <source>Stedet</source>
            <translation>Staden</translation>
        </message>
        <message>
            <location filename="../../lagmote/plan.py" line="218" />
            <source>{what} har for mange tegn ({count}); høyst {most} går an.</source>
            <translation>{what} har for mange teikn ({count}); høgst {most} går an.</translation>
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
            <translation>Datamappa er ikkje ei gyldig mappe eller adresse.</translation>
        </message>
        <message>
            <location filename="../../lagmote/preferences.py" line="53" />
            <source>Databasen er ikke en gyldig mappe eller adresse.</source>
            <translation>Databasen er ikkje ei gyldig mappe eller adresse.</translation>
        </message>
        <message>
            <location filename="../../lagmote/private_file.py" line="38" />
            <source>Filen {path} kan ikke skrives.</source>
            <translation>Fila {path} kan ikkje skrivast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/profile.py" line="60" />
            <source>Skriv navnet ditt.</source>
            <translation>Skriv namnet ditt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/profile.py" line="66" />
            <source>Navnet har for mange tegn; høyst {most} går an.</source>
            <translation>Namnet har for mange teikn; høgst {most} går an.</translation>
        </message>
        <message>
            <location filename="../../lagmote/profile.py" line="67" />
            <source>Virksomheten har for mange tegn; høyst {most} går an.</source>
            <translation>Verksemda har for mange teikn; høgst {most} går an.</translation>
        </message>
        <message>
            <location filename="../../lagmote/report_records.py" line="27" />
            <source>Periodens første dag ({first}) er etter den siste ({last}).</source>
            <translation>Den første dagen i perioden ({first}) er etter den siste ({last}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/report_records.py" line="47" />
            <source>«{text}» er ikke en dato; skriv den som 2026-12-31.</source>
            <translation>«{text}» er ikkje ein dato; skriv han som 2026-12-31.</translation>
        </message>
        <message>
            <location filename="../../lagmote/service_notes.py" line="42" />
            <source>Bare politiet, barnevernet og helsetjenesten har egne notater.</source>
            <translation>Berre politiet, barnevernet og helsetenesta har eigne notat.</translation>
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
            <translation>Skule og utdanning</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="116" />
            <location filename="../../lagmote/standard.py" line="309" />
            <location filename="../../lagmote/standard.py" line="454" />
            <location filename="../../lagmote/standard.py" line="572" />
            <location filename="../../lagmote/standard.py" line="1087" />
            <location filename="../../lagmote/week.py" line="39" />
            <source>Skole</source>
            <translation>Skule</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="117" />
            <source>Hvordan det går på skolen eller i utdanningen, og om ungdommen er der.</source>
            <translation>Korleis det går på skulen eller i utdanninga, og om ungdomen er der.</translation>
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
            <translation>Kven ungdomen bur med, og korleis heimen og omsorga fungerer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="131" />
            <source>Venner og fritid</source>
            <translation>Vener og fritid</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="132" />
            <source>Venner/fritid</source>
            <translation>Vener/fritid</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="133" />
            <source>Hvem ungdommen er sammen med, og hva ungdommen gjør når skolen er slutt.</source>
            <translation>Kven ungdomen er saman med, og kva ungdomen gjer når skulen er slutt.</translation>
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
            <translation>Korleis ungdomen har det med kroppen og med tankane og kjenslene sine.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="147" />
            <source>Tidligere og nåværende atferd</source>
            <translation>Tidlegare og noverande åtferd</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="148" />
            <source>Atferd</source>
            <translation>Åtferd</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="149" />
            <source>Hvordan ungdommen har oppført seg før, og hvordan ungdommen oppfører seg nå.</source>
            <translation>Korleis ungdomen har oppført seg før, og korleis ungdomen oppfører seg no.</translation>
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
            <translation>Kva ungdomen sjølv vil endre, og kva som gir lyst og krefter til å prøve.</translation>
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
            <translation>Kva kriminalitet ungdomen har vore med på, og om det framleis skjer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="171" />
            <source>Ungdommens nettverk</source>
            <translation>Nettverket til ungdomen</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="172" />
            <source>Nettverk</source>
            <translation>Nettverk</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="173" />
            <source>Hvilke voksne, venner og miljøer ungdommen har rundt seg, både gode og dårlige.</source>
            <translation>Kva vaksne, vener og miljø ungdomen har rundt seg, både gode og dårlege.</translation>
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
            <translation>Kva ungdomen likar å gjere, og kva ungdomen gjerne vil prøve.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="187" />
            <source>Ungdommens beskyttelses- og risikofaktorer</source>
            <translation>Verne- og risikofaktorane til ungdomen</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="188" />
            <source>Vern og risiko</source>
            <translation>Vern og risiko</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="189" />
            <source>Hva som beskytter ungdommen, og hva som kan dra ungdommen i feil retning.</source>
            <translation>Kva som vernar ungdomen, og kva som kan dra ungdomen i feil retning.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="195" />
            <source>Familiens styrker og behov</source>
            <translation>Styrkane og behova til familien</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="196" />
            <source>Familiestyrker</source>
            <translation>Familiestyrkar</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="197" />
            <source>Hva familien får til, og hva familien trenger hjelp til.</source>
            <translation>Kva familien får til, og kva familien treng hjelp til.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="203" />
            <location filename="../../lagmote/standard.py" line="204" />
            <source>Sikkerhet</source>
            <translation>Tryggleik</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="205" />
            <source>Om ungdommen, familien eller andre er i fare, og hva som gjør dem trygge.</source>
            <translation>Om ungdomen, familien eller andre er i fare, og kva som gjer dei trygge.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="257" />
            <source>Stor bekymring</source>
            <translation>Stor uro</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="257" />
            <source>Dette er et alvorlig problem som trenger hjelp nå.</source>
            <translation>Dette er eit alvorleg problem som treng hjelp no.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="258" />
            <source>Bekymring</source>
            <translation>Uro</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="258" />
            <source>Dette er et tydelig problem som må følges opp.</source>
            <translation>Dette er eit tydeleg problem som må følgjast opp.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="260" />
            <source>Litt bekymring</source>
            <translation>Litt uro</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="260" />
            <source>Noe går bra, men noe er vanskelig og må følges med på.</source>
            <translation>Noko går bra, men noko er vanskeleg og må følgjast med på.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="262" />
            <source>Greit</source>
            <translation>Greitt</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="262" />
            <source>Dette går stort sett bra.</source>
            <translation>Dette går stort sett bra.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="263" />
            <source>Bra – en styrke</source>
            <translation>Bra – ein styrke</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="263" />
            <source>Dette går bra og er noe å bygge videre på.</source>
            <translation>Dette går bra og er noko å byggje vidare på.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="268" />
            <source>Ungdommens vurdering</source>
            <translation>Ungdomen si vurdering</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="269" />
            <source>Lagets vurdering</source>
            <translation>Laget si vurdering</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="306" />
            <location filename="../../lagmote/standard.py" line="318" />
            <location filename="../../lagmote/standard.py" line="1008" />
            <source>Ungdommen</source>
            <translation>Ungdomen</translation>
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
            <translation>Vere med og bestemme kva oppfølginga skal innehalde.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="322" />
            <source>Lage «Min plan» med egne mål og ønsker sammen med oppfølgeren.</source>
            <translation>Lage «Min plan» med eigne mål og ønske saman med oppfølgjaren.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="323" />
            <source>Forberede lagmøtene sammen med oppfølgeren.</source>
            <translation>Førebu lagmøta saman med oppfølgjaren.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="324" />
            <source>Delta i lagmøtene sammen med oppfølgeren.</source>
            <translation>Delta i lagmøta saman med oppfølgjaren.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="325" />
            <source>Si fra om hva som virker, og hva som bør endres.</source>
            <translation>Seie frå om kva som verkar, og kva som bør endrast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="326" />
            <location filename="../../lagmote/standard.py" line="340" />
            <source>Gi tilbakemelding når oppfølgingen evalueres.</source>
            <translation>Gi tilbakemelding når oppfølginga blir evaluert.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="332" />
            <location filename="../../lagmote/standard.py" line="1009" />
            <source>Foresatte</source>
            <translation>Føresette</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="335" />
            <source>Ha ansvaret for ungdommens oppvekst og daglige omsorg.</source>
            <translation>Ha ansvaret for oppveksten og den daglege omsorga til ungdomen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="336" />
            <source>Svare innen 1–2 dager etter oppstartsmøtet om familien vil være med.</source>
            <translation>Svare innan 1–2 dagar etter oppstartsmøtet om familien vil vere med.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="337" />
            <source>Ta stilling til samtykke til samarbeid og deling av informasjon.</source>
            <translation>Ta stilling til samtykke til samarbeid og deling av informasjon.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="338" />
            <source>Være med og lage «Min plan» sammen med ungdommen.</source>
            <translation>Vere med og lage «Min plan» saman med ungdomen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="339" />
            <source>Delta aktivt i oppfølgingen og i lagmøtene.</source>
            <translation>Delta aktivt i oppfølginga og i lagmøta.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="346" />
            <location filename="../../lagmote/standard.py" line="1010" />
            <source>Fagansvarlig</source>
            <translation>Fagansvarleg</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="349" />
            <source>Ha det faglige ansvaret for oppfølgingen.</source>
            <translation>Ha det faglege ansvaret for oppfølginga.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="350" />
            <source>Koordinere oppfølgingen ved å kalle inn til og lede møter.</source>
            <translation>Koordinere oppfølginga ved å kalle inn til og leie møte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="351" />
            <source>Lede inntaksmøtene.</source>
            <translation>Leie inntaksmøta.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="352" />
            <source>Sørge for at oppstartsmøtet blir holdt.</source>
            <translation>Sørgje for at oppstartsmøtet blir halde.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="353" />
            <source>Gjennomføre kartleggingen sammen med oppfølgeren.</source>
            <translation>Gjennomføre kartlegginga saman med oppfølgjaren.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="354" />
            <source>Ha ansvaret for at oppfølgingen blir satt i gang.</source>
            <translation>Ha ansvaret for at oppfølginga blir sett i gang.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="355" />
            <source>Gjøre «Min plan» ferdig sammen med oppfølgeren.</source>
            <translation>Gjere «Min plan» ferdig saman med oppfølgjaren.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="356" />
            <source>Kalle inn til lagmøter sammen med oppfølgeren.</source>
            <translation>Kalle inn til lagmøte saman med oppfølgjaren.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="357" />
            <source>Foreslå tilbud og tiltak i regi av bydelen.</source>
            <translation>Føreslå tilbod og tiltak i regi av bydelen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="358" />
            <source>Sørge for at oppfølgeren får veiledning.</source>
            <translation>Sørgje for at oppfølgjaren får rettleiing.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="359" />
            <source>Sikre at rutiner for informasjonsdeling, meldeplikt og avvergingsplikt følges.</source>
            <translation>Sikre at rutinane for informasjonsdeling, meldeplikt og avvergingsplikt blir følgde.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="360" />
            <source>Sørge for at oppfølgingen blir evaluert jevnlig.</source>
            <translation>Sørgje for at oppfølginga blir evaluert jamleg.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="361" />
            <source>Rapportere om oppfølgingen.</source>
            <translation>Rapportere om oppfølginga.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="367" />
            <location filename="../../lagmote/standard.py" line="1011" />
            <source>Én-til-én-oppfølger</source>
            <translation>Ein-til-ein-oppfølgjar</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="370" />
            <source>Jobbe tett med ungdommen gjennom hele oppfølgingen.</source>
            <translation>Jobbe tett med ungdomen gjennom heile oppfølginga.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="371" />
            <source>Ha hovedansvaret for å bygge relasjon, støtte endring og følge opp ungdommen i hverdagen.</source>
            <translation>Ha hovudansvaret for å byggje relasjon, støtte endring og følgje opp ungdomen i kvardagen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="375" />
            <source>Møte ungdommen daglig, som hovedregel.</source>
            <translation>Møte ungdomen dagleg, som hovudregel.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="376" />
            <source>Kartlegge ungdommens behov og interesser.</source>
            <translation>Kartleggje behova og interessene til ungdomen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="377" />
            <source>Lage «Min plan» sammen med ungdommen og gjøre den ferdig med fagansvarlig.</source>
            <translation>Lage «Min plan» saman med ungdomen og gjere han ferdig med fagansvarleg.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="378" />
            <source>Forberede ungdommen før lagmøtene.</source>
            <translation>Førebu ungdomen før lagmøta.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="379" />
            <source>Kalle inn til lagmøter sammen med fagansvarlig.</source>
            <translation>Kalle inn til lagmøte saman med fagansvarleg.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="380" />
            <source>Delta i lagmøtene.</source>
            <translation>Delta i lagmøta.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="381" />
            <source>Hente inn relevant informasjon før lagmøtene og sikre god informasjonsutveksling i møtet.</source>
            <translation>Hente inn relevant informasjon før lagmøta og sikre god informasjonsutveksling i møtet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="385" />
            <location filename="../../lagmote/standard.py" line="398" />
            <location filename="../../lagmote/standard.py" line="413" />
            <location filename="../../lagmote/standard.py" line="445" />
            <source>Foreslå tiltak og tilbud i regi av bydelen.</source>
            <translation>Føreslå tiltak og tilbod i regi av bydelen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="386" />
            <source>Delta på veiledning og fagsamlinger i regi av Velferdsetaten.</source>
            <translation>Delta på rettleiing og fagsamlingar i regi av Velferdsetaten.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="392" />
            <location filename="../../lagmote/standard.py" line="1086" />
            <source>Barneverntjenesten</source>
            <translation>Barnevernstenesta</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="395" />
            <location filename="../../lagmote/standard.py" line="412" />
            <source>Foreslå ungdommer som kan vurderes for én-til-én-oppfølging.</source>
            <translation>Føreslå ungdomar som kan vurderast for ein-til-ein-oppfølging.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="396" />
            <location filename="../../lagmote/standard.py" line="459" />
            <source>Delta fast i inntaksmøtene.</source>
            <translation>Delta fast i inntaksmøta.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="397" />
            <source>Ta imot bekymringsmeldinger og ha en aktiv rolle i samarbeidet.</source>
            <translation>Ta imot bekymringsmeldingar og ha ei aktiv rolle i samarbeidet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="399" />
            <source>Dele informasjon om ungdommens utvikling, omsorgs- og oppvekstsituasjon.</source>
            <translation>Dele informasjon om utviklinga, omsorgs- og oppvekstsituasjonen til ungdomen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="400" />
            <source>Hente inn relevant informasjon før møter og ta den med inn i møtet.</source>
            <translation>Hente inn relevant informasjon før møte og ta henne med inn i møtet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="401" />
            <location filename="../../lagmote/standard.py" line="419" />
            <source>Samarbeide med fagansvarlig og én-til-én-oppfølger.</source>
            <translation>Samarbeide med fagansvarleg og ein-til-ein-oppfølgjar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="402" />
            <source>Koordinere oppfølgingen når det er hensiktsmessig.</source>
            <translation>Koordinere oppfølginga når det er føremålstenleg.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="403" />
            <location filename="../../lagmote/standard.py" line="448" />
            <source>Bidra med familieveileder når det er aktuelt.</source>
            <translation>Bidra med familierettleiar når det er aktuelt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="409" />
            <source>Utekontakten</source>
            <translation>Utekontakten</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="414" />
            <source>Dele kunnskap om ungdommens utvikling, omsorgs- og oppvekstsituasjon og om ungdomsmiljøet.</source>
            <translation>Dele kunnskap om utviklinga, omsorgs- og oppvekstsituasjonen til ungdomen og om ungdomsmiljøet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="418" />
            <source>Delta i oppfølgingen når det er ønskelig og hensiktsmessig.</source>
            <translation>Delta i oppfølginga når det er ønskjeleg og føremålstenleg.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="425" />
            <source>SaLTo-koordinator</source>
            <translation>SaLTo-koordinator</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="428" />
            <source>Være bydelens innslagspunkt i det rus- og kriminalitetsforebyggende arbeidet.</source>
            <translation>Vere innslagspunktet til bydelen i det rus- og kriminalitetsførebyggjande arbeidet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="429" />
            <source>Sikre at oppfølgingen er i tråd med føringer fra politirådet.</source>
            <translation>Sikre at oppfølginga er i tråd med føringar frå politirådet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="430" />
            <source>Hjelpe oppfølgeren med faglige vurderinger og oversikt over aktuelle tiltak.</source>
            <translation>Hjelpe oppfølgjaren med faglege vurderingar og oversikt over aktuelle tiltak.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="431" />
            <source>Sørge for maler og informasjonsmateriell til ungdom og samarbeidspartnere.</source>
            <translation>Sørgje for malar og informasjonsmateriell til ungdom og samarbeidspartnarar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="432" />
            <source>Være fagansvarlig i bydeler med få ungdommer i målgruppen.</source>
            <translation>Vere fagansvarleg i bydelar med få ungdomar i målgruppa.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="438" />
            <source>Forebyggende helsetjenester</source>
            <translation>Førebyggjande helsetenester</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="441" />
            <source>Delta i oppfølgingen når ungdommen har behov for det.</source>
            <translation>Delta i oppfølginga når ungdomen har behov for det.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="442" />
            <source>Bidra med helseperspektivet når det vurderes om oppfølgingen passer for ungdommen.</source>
            <translation>Bidra med helseperspektivet når det blir vurdert om oppfølginga passar for ungdomen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="446" />
            <source>Være et hurtigspor til psykisk helsehjelp ved behov.</source>
            <translation>Vere eit hurtigspor til psykisk helsehjelp ved behov.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="447" />
            <source>Henvise ungdommen til spesialisthelsetjenesten når det er nødvendig.</source>
            <translation>Tilvise ungdomen til spesialisthelsetenesta når det er naudsynt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="457" />
            <source>Kjenne til én-til-én-oppfølgingen i bydelen.</source>
            <translation>Kjenne til ein-til-ein-oppfølginga i bydelen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="458" />
            <source>Foreslå ungdommer som kan vurderes for oppfølgingen.</source>
            <translation>Føreslå ungdomar som kan vurderast for oppfølginga.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="460" />
            <source>Delta i samarbeidsmøter og lagmøter når det er aktuelt.</source>
            <translation>Delta i samarbeidsmøte og lagmøte når det er aktuelt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="461" />
            <source>Gi tilpasset opplæring som styrker tilhørighet, mestring og motivasjon.</source>
            <translation>Gi tilpassa opplæring som styrkjer tilhøyrsle, meistring og motivasjon.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="462" />
            <source>Bidra til å finne andre skole- eller opplæringstilbud til ungdommen.</source>
            <translation>Bidra til å finne andre skule- eller opplæringstilbod til ungdomen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="463" />
            <source>Hente inn kunnskap fra fagteamene i Utdanningsetaten ved behov.</source>
            <translation>Hente inn kunnskap frå fagteama i Utdanningsetaten ved behov.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="469" />
            <source>Politi (nærpolitiet)</source>
            <translation>Politi (nærpolitiet)</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="472" />
            <source>Delta fast i inntaksmøter, samarbeidsmøter og lagmøter.</source>
            <translation>Delta fast i inntaksmøte, samarbeidsmøte og lagmøte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="473" />
            <source>Ha tett dialog og samarbeid med fagansvarlig og oppfølger.</source>
            <translation>Ha tett dialog og samarbeid med fagansvarleg og oppfølgjar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="474" />
            <source>Foreslå ungdommer som kan vurderes for oppfølgingen, og være med i utvelgelsen.</source>
            <translation>Føreslå ungdomar som kan vurderast for oppfølginga, og vere med i utveljinga.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="475" />
            <source>Ha oversikt over deltakerne og oppdatere informasjon om ungdommens utvikling og behov.</source>
            <translation>Ha oversikt over deltakarane og oppdatere informasjon om utviklinga og behova til ungdomen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="479" />
            <source>Informere om nye forhold, registreringer og påtreff, og om kriminalitetsutviklingen.</source>
            <translation>Informere om nye forhold, registreringar og påtreff, og om kriminalitetsutviklinga.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="483" />
            <source>Bistå i nødvendige kartlegginger og jevnlig gi relevant informasjon.</source>
            <translation>Hjelpe til i naudsynte kartleggingar og jamleg gi relevant informasjon.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="484" />
            <source>Være i aktiv dialog med ungdommen.</source>
            <translation>Vere i aktiv dialog med ungdomen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="490" />
            <source>NAV</source>
            <translation>NAV</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="493" />
            <source>Hjelpe ungdommen med å skaffe jobb eller annen meningsfull aktivitet.</source>
            <translation>Hjelpe ungdomen med å skaffe jobb eller annan meiningsfull aktivitet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="494" />
            <source>Veilede familien om tjenester og økonomi ved behov.</source>
            <translation>Rettleie familien om tenester og økonomi ved behov.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="495" />
            <source>Se egne tiltak i sammenheng med én-til-én-oppfølgingen.</source>
            <translation>Sjå eigne tiltak i samanheng med ein-til-ein-oppfølginga.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="501" />
            <source>Konfliktrådet</source>
            <translation>Konfliktrådet</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="504" />
            <source>Samordne straffereaksjonen med tiltakene i én-til-én-oppfølgingen.</source>
            <translation>Samordne straffereaksjonen med tiltaka i ein-til-ein-oppfølginga.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="505" />
            <location filename="../../lagmote/standard.py" line="516" />
            <source>Gjøre det tydelig for ungdommen og familien hvem som har ansvar for hva.</source>
            <translation>Gjere det tydeleg for ungdomen og familien kven som har ansvar for kva.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="506" />
            <location filename="../../lagmote/standard.py" line="517" />
            <source>Ta med kommunens frivillige tiltak i ungdomsplanen når det passer.</source>
            <translation>Ta med dei frivillige tiltaka til kommunen i ungdomsplanen når det passar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="512" />
            <source>Kriminalomsorgen</source>
            <translation>Kriminalomsorga</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="515" />
            <source>Samordne straffegjennomføringen med tiltakene i én-til-én-oppfølgingen.</source>
            <translation>Samordne straffegjennomføringa med tiltaka i ein-til-ein-oppfølginga.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="523" />
            <source>Familieveileder</source>
            <translation>Familierettleiar</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="526" />
            <source>Styrke foresatte i foreldrerollen.</source>
            <translation>Styrkje dei føresette i foreldrerolla.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="527" />
            <source>Kartlegge familiens ressurser og utfordringer.</source>
            <translation>Kartleggje ressursane og utfordringane til familien.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="528" />
            <source>Veilede foresatte i tydelig kommunikasjon, grensesetting og konflikthåndtering.</source>
            <translation>Rettleie dei føresette i tydeleg kommunikasjon, grensesetjing og konflikthandtering.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="529" />
            <source>Veilede om tjenester som NAV og helse, og om familiens økonomi.</source>
            <translation>Rettleie om tenester som NAV og helse, og om økonomien til familien.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="530" />
            <source>Finne støtte til fritidsaktiviteter for søsken.</source>
            <translation>Finne støtte til fritidsaktivitetar for sysken.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="536" />
            <source>Fritid</source>
            <translation>Fritid</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="539" />
            <source>Gi ungdommen minst én meningsfull aktivitet.</source>
            <translation>Gi ungdomen minst éin meiningsfull aktivitet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="540" />
            <source>Være en trygg voksen for ungdommen i nærmiljøet.</source>
            <translation>Vere ein trygg vaksen for ungdomen i nærmiljøet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="541" />
            <source>Vise laget hvilke gode aktiviteter og muligheter som finnes i nærmiljøet.</source>
            <translation>Vise laget kva gode aktivitetar og moglegheiter som finst i nærmiljøet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="547" />
            <source>Annen samarbeidspartner</source>
            <translation>Annan samarbeidspartnar</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="614" />
            <source>Henvisning</source>
            <translation>Tilvising</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="616" />
            <source>Ungdommen blir meldt inn på et henvisningsskjema, oftest fra barnevernet, skolen, politiet eller andre tjenester i bydelen.</source>
            <translation>Ungdomen blir meld inn på eit tilvisingsskjema, oftast frå barnevernet, skulen, politiet eller andre tenester i bydelen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="623" />
            <source>Inntaksmøte</source>
            <translation>Inntaksmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="625" />
            <source>Fagansvarlig, barnevernet, politiet og skolen vurderer om oppfølgingen passer for ungdommen. Møtet holdes minst hver 4. uke.</source>
            <translation>Fagansvarleg, barnevernet, politiet og skulen vurderer om oppfølginga passar for ungdomen. Møtet blir halde minst kvar 4. veke.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="632" />
            <source>Oppstartsmøte</source>
            <translation>Oppstartsmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="634" />
            <source>Ungdommen og foresatte får vite hva oppfølgingen er. Samtykke hentes inn først, og de svarer innen 1–2 dager om de vil være med.</source>
            <translation>Ungdomen og dei føresette får vite kva oppfølginga er. Samtykke blir henta inn først, og dei svarar innan 1–2 dagar om dei vil vere med.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="641" />
            <source>Kartlegging</source>
            <translation>Kartlegging</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="643" />
            <source>Bydelen går gjennom tolv viktige områder i ungdommens liv for å finne ressurser, risiko og det som motiverer.</source>
            <translation>Bydelen går gjennom tolv viktige område i livet til ungdomen for å finne ressursar, risiko og det som motiverer.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="650" />
            <source>Iverksetting</source>
            <translation>Iverksetjing</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="652" />
            <source>Oppfølgingen settes i gang 1–2 dager etter inntaksmøtet.</source>
            <translation>Oppfølginga blir sett i gang 1–2 dagar etter inntaksmøtet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="656" />
            <source>Første lagmøte</source>
            <translation>Første lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="658" />
            <source>Laget møtes for første gang, avklarer roller og forventninger og gjør «Min plan» ferdig sammen med ungdommen.</source>
            <translation>Laget møtest for første gong, avklarer roller og forventningar og gjer «Min plan» ferdig saman med ungdomen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="665" />
            <source>Lagmøte</source>
            <translation>Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="667" />
            <source>Laget rundt ungdommen følger opp «Min plan» og fordeler ansvar. Det skal være lagmøte minst hver sjette uke.</source>
            <translation>Laget rundt ungdomen følgjer opp «Min plan» og fordeler ansvar. Det skal vere lagmøte minst kvar sjette veke.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="674" />
            <source>Jevnlig evaluering</source>
            <translation>Jamleg evaluering</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="676" />
            <source>Laget vurderer om oppfølgingen virker og anbefaler om den skal avsluttes eller videreføres.</source>
            <translation>Laget vurderer om oppfølginga verkar og tilrår om ho skal avsluttast eller førast vidare.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="683" />
            <source>Avslutning</source>
            <translation>Avslutning</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="685" />
            <source>Oppfølgingen avsluttes. Vær ekstra nøye med overganger, som ny skole, når ungdommen fyller 18 eller 19 år, og når andre tiltak tar over.</source>
            <translation>Oppfølginga blir avslutta. Ver ekstra nøye med overgangar, som ny skule, når ungdomen fyller 18 eller 19 år, og når andre tiltak tek over.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="740" />
            <source>Inntaksmøter holdes minst hver 4. uke, så en henvisning skal vurderes innen fire uker.</source>
            <translation>Inntaksmøte blir haldne minst kvar 4. veke, så ei tilvising skal vurderast innan fire veker.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="749" />
            <source>Oppstartsmøtet skal holdes senest én uke etter inntaksmøtet.</source>
            <translation>Oppstartsmøtet skal haldast seinast éi veke etter inntaksmøtet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="756" />
            <source>Oppfølgingen skal settes i gang 1–2 dager etter inntaksmøtet.</source>
            <translation>Oppfølginga skal setjast i gang 1–2 dagar etter inntaksmøtet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="763" />
            <source>Første lagmøte skal holdes senest én uke etter oppstartsmøtet.</source>
            <translation>Første lagmøte skal haldast seinast éi veke etter oppstartsmøtet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="770" />
            <source>Det skal være lagmøte minst hver sjette uke.</source>
            <translation>Det skal vere lagmøte minst kvar sjette veke.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="777" />
            <source>Oppfølgingen skal evalueres jevnlig. Her er fristen satt til et halvår, men laget kan endre den.</source>
            <translation>Oppfølginga skal evaluerast jamleg. Her er fristen sett til eit halvår, men laget kan endre han.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="789" />
            <source>Når det haster, skal inntaksmøtet holdes innen én uke etter henvisningen.</source>
            <translation>Når det hastar, skal inntaksmøtet haldast innan éi veke etter tilvisinga.</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="837" />
            <source>Om meg og mine mål</source>
            <translation>Om meg og måla mine</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="838" />
            <source>Planen for fremtiden</source>
            <translation>Planen for framtida</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="839" />
            <source>Oppfølgingen</source>
            <translation>Oppfølginga</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="840" />
            <location filename="../../lagmote/standard.py" line="883" />
            <source>Plan ved uønskede hendelser</source>
            <translation>Plan ved uønskte hendingar</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="845" />
            <source>Mine mål</source>
            <translation>Måla mine</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="845" />
            <source>Hva vil du oppnå?</source>
            <translation>Kva vil du oppnå?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="846" />
            <source>Ønsker</source>
            <translation>Ønske</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="846" />
            <source>Hva ønsker du deg?</source>
            <translation>Kva ønskjer du deg?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="847" />
            <source>Styrker</source>
            <translation>Styrkar</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="847" />
            <source>Hva er du god til?</source>
            <translation>Kva er du god til?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="848" />
            <source>Utfordringer</source>
            <translation>Utfordringar</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="848" />
            <source>Hva er vanskelig for deg nå?</source>
            <translation>Kva er vanskeleg for deg no?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="849" />
            <source>Hva gjør at du vil endre noe?</source>
            <translation>Kva gjer at du vil endre noko?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="852" />
            <source>Tvil (ambivalens)</source>
            <translation>Tvil (ambivalens)</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="854" />
            <source>Hva gjør at du er i tvil, eller at det er vanskelig å endre noe?</source>
            <translation>Kva gjer at du er i tvil, eller at det er vanskeleg å endre noko?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="858" />
            <source>Sikkerhet og trygghet</source>
            <translation>Tryggleik og sikkerheit</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="860" />
            <source>Hva skal til for at du er trygg?</source>
            <translation>Kva skal til for at du er trygg?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="864" />
            <source>Hvor mye oppfølging</source>
            <translation>Kor mykje oppfølging</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="866" />
            <source>Hvor ofte skal du og oppfølgeren møtes?</source>
            <translation>Kor ofte skal du og oppfølgjaren møtast?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="870" />
            <source>Hva oppfølgingen inneholder</source>
            <translation>Kva oppfølginga inneheld</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="872" />
            <source>Hva skal dere gjøre sammen, og hvilke tiltak skal brukes?</source>
            <translation>Kva skal de gjere saman, og kva tiltak skal brukast?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="876" />
            <source>Hverdagen og uka</source>
            <translation>Kvardagen og veka</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="878" />
            <source>Hvordan ser en vanlig uke ut for deg?</source>
            <translation>Korleis ser ei vanleg veke ut for deg?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="880" />
            <source>Hva jeg trenger</source>
            <translation>Kva eg treng</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="880" />
            <source>Hva trenger du hjelp til?</source>
            <translation>Kva treng du hjelp til?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="895" />
            <source>Varseltegn</source>
            <translation>Varselteikn</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="897" />
            <source>Hva er tegnene på at noe er i ferd med å gå galt?</source>
            <translation>Kva er teikna på at noko er i ferd med å gå gale?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="901" />
            <source>Dette gjør jeg</source>
            <translation>Dette gjer eg</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="903" />
            <source>Hva gjør du når du merker tegnene?</source>
            <translation>Kva gjer du når du merkar teikna?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="907" />
            <source>Dette gjør de voksne</source>
            <translation>Dette gjer dei vaksne</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="909" />
            <source>Hva gjør de voksne rundt deg da?</source>
            <translation>Kva gjer dei vaksne rundt deg då?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="911" />
            <source>Hvem vi ringer</source>
            <translation>Kven vi ringjer</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="911" />
            <source>Hvem kan du og de voksne ringe?</source>
            <translation>Kven kan du og dei vaksne ringje?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="914" />
            <source>Hvis planen ikke virker</source>
            <translation>Viss planen ikkje verkar</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="916" />
            <source>Hva gjør vi hvis planen ikke virker?</source>
            <translation>Kva gjer vi viss planen ikkje verkar?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="946" />
            <source>Ungdommens ord</source>
            <translation>Orda til ungdomen</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="947" />
            <source>Hvordan har du det, og hva er viktigst for deg nå?</source>
            <translation>Korleis har du det, og kva er viktigast for deg no?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="949" />
            <source>Siden sist</source>
            <translation>Sidan sist</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="949" />
            <source>Hva har skjedd siden forrige lagmøte?</source>
            <translation>Kva har skjedd sidan førre lagmøte?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="950" />
            <source>Målene</source>
            <translation>Måla</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="950" />
            <source>Hvordan går det med hvert mål i «Min plan»?</source>
            <translation>Korleis går det med kvart mål i «Min plan»?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="953" />
            <source>Hva virker</source>
            <translation>Kva verkar</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="954" />
            <source>Hvilke tiltak virker, og trengs det nye eller andre tiltak?</source>
            <translation>Kva tiltak verkar, og trengst det nye eller andre tiltak?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="958" />
            <source>Roller</source>
            <translation>Roller</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="959" />
            <source>Må noen roller endres fordi ungdommens situasjon eller behov har endret seg?</source>
            <translation>Må nokre roller endrast fordi situasjonen eller behova til ungdomen har endra seg?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="963" />
            <source>Hvem gjør hva</source>
            <translation>Kven gjer kva</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="964" />
            <source>Hvem gjør hva, og innen når?</source>
            <translation>Kven gjer kva, og innan når?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="968" />
            <source>Hele familien</source>
            <translation>Heile familien</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="969" />
            <source>Hvordan har familien det, og hva trenger de?</source>
            <translation>Korleis har familien det, og kva treng dei?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="973" />
            <source>Samordning</source>
            <translation>Samordning</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="974" />
            <source>Hvordan unngår vi dobbeltarbeid og overlapp mellom tjenestene?</source>
            <translation>Korleis unngår vi dobbeltarbeid og overlapp mellom tenestene?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="978" />
            <source>Neste møte</source>
            <translation>Neste møte</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="979" />
            <source>Når er neste lagmøte, og hvem kaller inn?</source>
            <translation>Når er neste lagmøte, og kven kallar inn?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="991" />
            <source>Hvordan er ungdommens deltakelse i skolehverdagen, fritidsaktivitet og jobb?</source>
            <translation>Korleis er deltakinga til ungdomen i skulekvardagen, fritidsaktivitet og jobb?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="992" />
            <source>Er ungdommens livskvalitet endret under én-til-én-oppfølgingen? Hva er i tilfelle endret?</source>
            <translation>Er livskvaliteten til ungdomen endra under ein-til-ein-oppfølginga? Kva er i så fall endra?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="996" />
            <source>Er ungdommen mindre involvert i kriminalitet, kriminelle miljøer og nettverk?</source>
            <translation>Er ungdomen mindre involvert i kriminalitet, kriminelle miljø og nettverk?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="997" />
            <source>Har én-til-én-oppfølgingen gitt ungdommen andre handlingsalternativer enn tidligere, spesielt med fokus på å utsette andre for vold og trusler?</source>
            <translation>Har ein-til-ein-oppfølginga gitt ungdomen andre handlingsalternativ enn tidlegare, særleg med merksemd på å utsetje andre for vald og truslar?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1001" />
            <source>Hvordan er foresatte involvert i oppfølgingen?</source>
            <translation>Korleis er dei føresette involverte i oppfølginga?</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1012" />
            <source>Samarbeidspartnere</source>
            <translation>Samarbeidspartnarar</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1018" />
            <source>Bedre</source>
            <translation>Betre</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1019" />
            <source>Uendret</source>
            <translation>Uendra</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1020" />
            <source>Verre</source>
            <translation>Verre</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1026" />
            <source>Oppfølgingen avsluttes</source>
            <translation>Oppfølginga blir avslutta</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1027" />
            <source>Oppfølgingen videreføres</source>
            <translation>Oppfølginga held fram</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1050" />
            <source>Mye dårligere enn ventet</source>
            <translation>Mykje dårlegare enn venta</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1051" />
            <source>Litt dårligere enn ventet</source>
            <translation>Litt dårlegare enn venta</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1052" />
            <source>Som ventet</source>
            <translation>Som venta</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1053" />
            <source>Litt bedre enn ventet</source>
            <translation>Litt betre enn venta</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1054" />
            <source>Mye bedre enn ventet</source>
            <translation>Mykje betre enn venta</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1065" />
            <source>Planlagt</source>
            <translation>Planlagt</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1066" />
            <source>Pågår</source>
            <translation>I gang</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1068" />
            <source>Avbrutt</source>
            <translation>Avbrote</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1074" />
            <source>Skole/dagtilbud</source>
            <translation>Skule/dagtilbod</translation>
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
            <translation>Med oppfølgjaren</translation>
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
            <translation>Andre tenester i bydelen</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1090" />
            <source>Annen offentlig samarbeidspartner</source>
            <translation>Annan offentleg samarbeidspartnar</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1098" />
            <source>Skriftlig</source>
            <translation>Skriftleg</translation>
        </message>
        <message>
            <location filename="../../lagmote/standard.py" line="1099" />
            <source>Muntlig</source>
            <translation>Munnleg</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="65" />
            <source>mottatt</source>
            <translation>motteken</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="66" />
            <location filename="../../lagmote/steps.py" line="67" />
            <location filename="../../lagmote/steps.py" line="69" />
            <location filename="../../lagmote/steps.py" line="70" />
            <source>holdt</source>
            <translation>halde</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="68" />
            <source>startet</source>
            <translation>starta</translation>
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
            <translation>i morgon</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="131" />
            <source>om {days}</source>
            <translation>om {days}</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="135" />
            <source>gjort</source>
            <translation>gjord</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="141" />
            <source>{step} {done} {date}, innen fristen.</source>
            <translation>{step} {done} {date}, innan fristen.</translation>
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
            <translation>{step} ventar på {other}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="196" />
            <source>{step} er ikke registrert ennå.</source>
            <translation>{step} er ikkje registrert enno.</translation>
        </message>
        <message>
            <location filename="../../lagmote/steps.py" line="200" />
            <source>{step} trengs ikke lenger, fordi oppfølgingen er avsluttet.</source>
            <translation>{step} trengst ikkje lenger, fordi oppfølginga er avslutta.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="76" />
            <source>Samtykke gitt</source>
            <translation>Samtykke gitt</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="77" />
            <source>Trengs ikke</source>
            <translation>Trengst ikkje</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="98" />
            <source>Trenger ikke samtykke</source>
            <translation>Treng ikkje samtykke</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="104" />
            <source>Samtykke fra {names}</source>
            <translation>Samtykke frå {names}</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="111" />
            <source>{names} trakk samtykket tilbake {date}</source>
            <translation>{names} trekte samtykket tilbake {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="114" />
            <source>Mangler samtykke fra {names}</source>
            <translation>Manglar samtykke frå {names}</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="118" />
            <source>Samtykket ble trukket tilbake {date}</source>
            <translation>Samtykket vart trekt tilbake {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="119" />
            <source>Ingen samtykke til å dele informasjon</source>
            <translation>Ikkje noko samtykke til å dele informasjon</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="133" />
            <source>Skriv hvem som gir samtykket.</source>
            <translation>Skriv kven som gir samtykket.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="139" />
            <source>Samtykket kan bare gjelde roller i laget.</source>
            <translation>Samtykket kan berre gjelde roller i laget.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="141" />
            <source>Velg hvem informasjonen kan deles med.</source>
            <translation>Vel kven informasjonen kan delast med.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="143" />
            <source>Samtykket må være skriftlig eller muntlig.</source>
            <translation>Samtykket må vere skriftleg eller munnleg.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="145" />
            <source>Et samtykke kan ikke trekkes tilbake før det ble gitt.</source>
            <translation>Eit samtykke kan ikkje trekkjast tilbake før det vart gitt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="146" />
            <source>Teksten om hvem det deles med</source>
            <translation>Teksten om kven det blir delt med</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="183" />
            <source>Virksomheten</source>
            <translation>Verksemda</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="185" />
            <source>E-postadressen</source>
            <translation>E-postadressa</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="187" />
            <source>E-postadressen ser ikke riktig ut; den må ha en @ og ingen mellomrom.</source>
            <translation>E-postadressa ser ikkje rett ut; ho må ha ein @ og ingen mellomrom.</translation>
        </message>
        <message>
            <location filename="../../lagmote/team.py" line="188" />
            <source>Ansvaret</source>
            <translation>Ansvaret</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="31" />
            <source>Man</source>
            <translation>Mån</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="31" />
            <source>Tir</source>
            <translation>Tys</translation>
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
            <translation>Lau</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="31" />
            <source>Søn</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="41" />
            <source>Oppfølger</source>
            <translation>Oppfølgjar</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="54" />
            <source>Ungdommen skal ha et skole- eller dagtilbud (§3.3).</source>
            <translation>Ungdomen skal ha eit skule- eller dagtilbod (§3.3).</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="55" />
            <source>Minst én aktivitet skal være en del av oppfølgingen (§3.3).</source>
            <translation>Minst éin aktivitet skal vere ein del av oppfølginga (§3.3).</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="56" />
            <source>Hovedregelen er daglig kontakt eller treff med oppfølgeren (§3.2).</source>
            <translation>Hovudregelen er dagleg kontakt eller treff med oppfølgjaren (§3.2).</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="94" />
            <source>Fri tid uten avtaler {day} {span}</source>
            <translation>Fri tid utan avtalar {day} {span}</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="158" />
            <source>Slutten ({end}) må være etter starten ({start}). Går aktiviteten over midnatt, del den i to: én til 24:00 og én fra 00:00 neste dag.</source>
            <translation>Slutten ({end}) må vere etter starten ({start}). Går aktiviteten over midnatt, del han i to: éin til 24:00 og éin frå 00:00 neste dag.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="175" />
            <source>Ingen skole eller dagtilbud på hverdagene.</source>
            <translation>Ingen skule eller dagtilbod på kvardagane.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="178" />
            <source>Skole eller dagtilbud alle hverdager.</source>
            <translation>Skule eller dagtilbod alle kvardagar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="180" />
            <source>Skole eller dagtilbud på {days}; ikke på {missing}.</source>
            <translation>Skule eller dagtilbod på {days}; ikkje på {missing}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="187" />
            <source>Ingen aktivitet i uka.</source>
            <translation>Ingen aktivitet i veka.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="192" />
            <source>Aktivitet i uka: {titles} ({days}).</source>
            <translation>Aktivitet i veka: {titles} ({days}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="196" />
            <source>Aktivitet i uka: {days}.</source>
            <translation>Aktivitet i veka: {days}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="203" />
            <source>Kontakt med oppfølgeren hver hverdag.</source>
            <translation>Kontakt med oppfølgjaren kvar kvardag.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="205" />
            <source>Ingen kontakt med oppfølgeren på hverdagene.</source>
            <translation>Ingen kontakt med oppfølgjaren på kvardagane.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="207" />
            <source>Ingen kontakt med oppfølgeren på {days}.</source>
            <translation>Ingen kontakt med oppfølgjaren på {days}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/week.py" line="282" />
            <source>Fri tid uten avtaler {line}.</source>
            <translation>Fri tid utan avtalar {line}.</translation>
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
            <translation>Kven gjer kva</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_duties.py" line="36" />
            <source>Tiltak og oppgaver</source>
            <translation>Tiltak og oppgåver</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_duties.py" line="40" />
            <source>Ingen tiltak eller oppgaver ennå.</source>
            <translation>Ingen tiltak eller oppgåver enno.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_duties.py" line="71" />
            <source>⚠ {count} åpne tiltak eller oppgaver står på noen som har gått ut av laget ({names}). Gi dem til en annen i laget.</source>
            <translation>⚠ {count} opne tiltak eller oppgåver står på nokon som har gått ut av laget ({names}). Gi dei til ein annan i laget.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_duties.py" line="109" />
            <source>Tiltak og oppgaver for {who}</source>
            <translation>Tiltak og oppgåver for {who}</translation>
        </message>
    </context>
    <context>
        <name>DutyItemModel</name>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="245" />
            <source>Hva</source>
            <translation>Kva</translation>
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
            <translation>Tiltak under eit mål som er skjult i møtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="276" />
            <source>Tiltak</source>
            <translation>Tiltak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="277" />
            <source>Oppgave</source>
            <translation>Oppgåve</translation>
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
            <translation>Avbrote</translation>
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
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="193" />
            <source>Navn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="194" />
            <source>Åpne</source>
            <translation>Opne</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="195" />
            <source>Gjort</source>
            <translation>Gjort</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="196" />
            <source>For sent</source>
            <translation>For seint</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="230" />
            <source>{symbol} {count} for sent</source>
            <translation>{symbol} {count} for seint</translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="81" />
            <source>00:00 som slutt betyr midnatt (24:00).</source>
            <translation>00:00 som slutt tyder midnatt (24:00).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="87" />
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="88" />
            <source>&amp;Hva</source>
            <translation>&amp;Kva</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="89" />
            <source>&amp;Sted</source>
            <translation>&amp;Stad</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="90" />
            <source>&amp;Dag</source>
            <translation>&amp;Dag</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_form.py" line="91" />
            <source>&amp;Fra</source>
            <translation>&amp;Frå</translation>
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
            <translation> månader</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="72" />
            <location filename="../../lagmote/ui/evaluation_page.py" line="97" />
            <source>Evaluering minst hver</source>
            <translation>Evaluering minst kvar</translation>
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
            <translation>Opne som utkast</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="76" />
            <source>Lagre som PDF …</source>
            <translation>Lagre som PDF …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="77" />
            <source>Den siste fullførte evalueringen, til laget</source>
            <translation>Den siste fullførte evalueringa, til laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="82" />
            <source>Avslutt oppfølgingen …</source>
            <translation>Avslutt oppfølginga …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="83" />
            <source>Gjenåpne oppfølgingen</source>
            <translation>Opne oppfølginga igjen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="84" />
            <source>Arkiver og slett saken …</source>
            <translation>Arkiver og slett saka …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="86" />
            <source>Skriver saken (JSON) og hele planen (PDF) i en mappe, og sletter den så</source>
            <translation>Skriv saka (JSON) og heile planen (PDF) i ei mappe, og slettar ho så</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="94" />
            <location filename="../../lagmote/ui/evaluation_page.py" line="264" />
            <source>Jevnlig evaluering</source>
            <translation>Jamleg evaluering</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="101" />
            <source>(gjelder alle ungdommer i databasen)</source>
            <translation>(gjeld alle ungdomar i databasen)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="117" />
            <source>Evalueringen</source>
            <translation>Evalueringa</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="119" />
            <source>Avslutning</source>
            <translation>Avslutning</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="131" />
            <source>Evalueringer</source>
            <translation>Evalueringar</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="156" />
            <source>Evalueringene kan ikke vises: {error}</source>
            <translation>Evalueringane kan ikkje visast: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="198" />
            <source>Fortsett utkastet …</source>
            <translation>Hald fram med utkastet …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="224" />
            <source>Ingen evaluering ennå. Trykk «Ny evaluering».</source>
            <translation>Inga evaluering enno. Trykk «Ny evaluering».</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="265" />
            <source>Evalueringen anbefaler å avslutte oppfølgingen. Gå videre til avslutningen nå?</source>
            <translation>Evalueringa tilrår å avslutte oppfølginga. Gå vidare til avslutninga no?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page.py" line="278" />
            <source>Oppfølgingen er avsluttet. Saken er flyttet til arkivet. Ctrl+Z angrer.</source>
            <translation>Oppfølginga er avslutta. Saka er flytta til arkivet. Ctrl+Z angrar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="61" />
            <source>Slette utkastet til evaluering fra {day}? Det som er skrevet i det, blir borte.</source>
            <translation>Slette utkastet til evaluering frå {day}? Det som er skrive i det, blir borte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="81" />
            <source>åpnet evalueringen som utkast</source>
            <translation>opna evalueringa som utkast</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="94" />
            <source>Lagre evalueringen som PDF</source>
            <translation>Lagre evalueringa som PDF</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="94" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="114" />
            <source>Evalueringen er lagret som PDF.</source>
            <translation>Evalueringa er lagra som PDF.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="125" />
            <source>endret evalueringsintervallet</source>
            <translation>endra evalueringsintervallet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="133" />
            <source>Velg mappen til arkivet</source>
            <translation>Vel mappa til arkivet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="138" />
            <source>Arkiver og slett saken</source>
            <translation>Arkiver og slett saka</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_page_changes.py" line="140" />
            <source>Saken skrives til mappen (hele saken som JSON og hele planen som PDF), og slettes så fra databasen. Det kan ikke angres. Fortsette?</source>
            <translation>Saka blir skriven til mappa (heile saka som JSON og heile planen som PDF), og blir så sletta frå databasen. Det kan ikkje angrast. Halde fram?</translation>
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
            <translation>opna oppfølginga igjen</translation>
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
            <translation>Tilbakemelding frå</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="75" />
            <source>Svarene vises ikke i møtemodus.</source>
            <translation>Svara blir ikkje viste i møtemodus.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="79" />
            <source>Anbefaling</source>
            <translation>Tilråding</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="81" />
            <source>Begrunnelse</source>
            <translation>Grunngiving</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="83" />
            <source>Om uenigheten</source>
            <translation>Om usemja</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="99" />
            <source>Uenighet</source>
            <translation>Usemje</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="108" />
            <source>Oppfølgingen er avsluttet. Avslutningen er ikke registrert i programmet.</source>
            <translation>Oppfølginga er avslutta. Avslutninga er ikkje registrert i programmet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="111" />
            <source>Den siste evalueringen anbefaler at oppfølgingen avsluttes. Gå gjennom avslutningen: grunn, overføring, overganger og oppsummering.</source>
            <translation>Den siste evalueringa tilrår at oppfølginga blir avslutta. Gå gjennom avslutninga: grunn, overføring, overgangar og oppsummering.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="115" />
            <source>Oppfølgingen pågår.</source>
            <translation>Oppfølginga held fram.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="118" />
            <source>Oppfølgingen ble avsluttet {day}.</source>
            <translation>Oppfølginga vart avslutta {day}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="119" />
            <source>Grunn</source>
            <translation>Grunn</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="123" />
            <source>Følges opp videre av</source>
            <translation>Blir følgd opp vidare av</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="126" />
            <source>Kontaktperson</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_shown.py" line="129" />
            <source>Overganger</source>
            <translation>Overgangar</translation>
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
            <translation>Usemje</translation>
        </message>
    </context>
    <context>
        <name>EvaluationWizard</name>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="57" />
            <source>Grunnlag fra journalen</source>
            <translation>Grunnlag frå journalen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="59" />
            <source>Dette fyller programmet inn fra planen, kartleggingene og lagmøtene.</source>
            <translation>Dette fyller programmet inn frå planen, kartleggingane og lagmøta.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="71" />
            <source>Etter {whose}</source>
            <translation>Etter {whose}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="78" />
            <source>Målene</source>
            <translation>Måla</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="80" />
            <source>Kartlegging: første og siste</source>
            <translation>Kartlegging: første og siste</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="93" />
            <source>Lagmøter holdt i tide</source>
            <translation>Lagmøte haldne i tide</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_evidence_page.py" line="95" />
            <source>Oppgaver fra lagmøtene</source>
            <translation>Oppgåver frå lagmøta</translation>
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
            <translation>Periode og deltakarar</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="125" />
            <source>Evalueringen bygger på tilbakemeldinger fra ungdommen, foresatte, fagansvarlig, én-til-én-oppfølger og samarbeidspartnere. Fagansvarlig har ansvar for at den blir gjort (§7.7).</source>
            <translation>Evalueringa byggjer på tilbakemeldingar frå ungdomen, føresette, fagansvarleg, ein-til-ein-oppfølgjar og samarbeidspartnarar. Fagansvarleg har ansvar for at ho blir gjord (§7.7).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="133" />
            <location filename="../../lagmote/ui/evaluation_pages.py" line="159" />
            <source>Dato for evalueringen</source>
            <translation>Dato for evalueringa</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="134" />
            <source>Perioden fra</source>
            <translation>Perioden frå</translation>
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
            <translation>Kven var med</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="139" />
            <source>For eksempel: Emil, mor, oppfølgeren</source>
            <translation>Til dømes: Emil, mor, oppfølgjaren</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="160" />
            <source>Perioden som evalueres</source>
            <translation>Perioden som blir evaluert</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="162" />
            <source>Tilbakemelding fra</source>
            <translation>Tilbakemelding frå</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="203" />
            <source>Svar fra {who}</source>
            <translation>Svar frå {who}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="206" />
            <source>Ikke vurdert</source>
            <translation>Ikkje vurdert</translation>
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
            <translation>Usemje</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="282" />
            <source>Perspektivene vurderer dette ulikt. Det tas vare på slik, uten snitt.</source>
            <translation>Perspektiva vurderer dette ulikt. Det blir teke vare på slik, utan snitt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="297" />
            <source>Anbefaling</source>
            <translation>Tilråding</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="298" />
            <source>Skal oppfølgingen avsluttes eller videreføres? Skriv hvorfor.</source>
            <translation>Skal oppfølginga avsluttast eller førast vidare? Skriv kvifor.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="307" />
            <location filename="../../lagmote/ui/evaluation_pages.py" line="327" />
            <source>Begrunnelse</source>
            <translation>Grunngiving</translation>
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
            <translation>Korleis laget vurderer usemja</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="344" />
            <source>Perspektivene er uenige om:</source>
            <translation>Perspektiva er usamde om:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_pages.py" line="347" />
            <source>Perspektivene er enige, eller har ikke vurdert.</source>
            <translation>Perspektiva er samde, eller har ikkje vurdert.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="72" />
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="266" />
            <source>Jevnlig evaluering</source>
            <translation>Jamleg evaluering</translation>
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
            <translation>Fullfør evalueringa</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="113" />
            <source>Lukk (utkastet lagres)</source>
            <translation>Lukk (utkastet blir lagra)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="238" />
            <source>fullførte evalueringen</source>
            <translation>fullførte evalueringa</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/evaluation_wizard.py" line="267" />
            <source>Utkastet kunne ikke lagres: {why} Lukke likevel og miste det du skrev?</source>
            <translation>Utkastet kunne ikkje lagrast: {why} Lukke likevel og miste det du skreiv?</translation>
        </message>
    </context>
    <context>
        <name>Failures</name>
        <message>
            <location filename="../../lagmote/ui/failures.py" line="22" />
            <source>Noe gikk galt ({kind}). Prøv igjen, eller start programmet på nytt.</source>
            <translation>Noko gjekk gale ({kind}). Prøv igjen, eller start programmet på nytt.</translation>
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
            <translation>Ikkje valt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="116" />
            <location filename="../../lagmote/ui/plan_goal_card.py" line="150" />
            <source>Område i kartleggingen</source>
            <translation>Område i kartlegginga</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="147" />
            <source>Målet, med ungdommens egne ord</source>
            <translation>Målet, med ungdomen sine eigne ord</translation>
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
            <translation>Kvifor er målet viktig?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="153" />
            <source>Målstigen: hvordan går det?</source>
            <translation>Målstigen: korleis går det?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="158" />
            <source>Tiltak for dette målet</source>
            <translation>Tiltak for dette målet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_goal_card.py" line="174" />
            <source>Skriv hva hvert trinn på stigen betyr</source>
            <translation>Skriv kva kvart trinn på stigen tyder</translation>
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
            <translation>Ikkje vurdert enno. Vel eit trinn på stigen.</translation>
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
            <translation>{label} – dette siktar vi mot</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="51" />
            <source>Ikke beskrevet ennå.</source>
            <translation>Ikkje skildra enno.</translation>
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
            <translation>Ikkje vurdert enno.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="67" />
            <source>Nå: {rating}.</source>
            <translation>No: {rating}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="69" />
            <source>Start: {value}.</source>
            <translation>Start: {value}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="80" />
            <source>Vurder i dag: trykk tallet ved trinnet (1–5) eller klikk. − og + flytter ett trinn.</source>
            <translation>Vurder i dag: trykk talet ved trinnet (1–5) eller klikk. − og + flyttar eitt trinn.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="87" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="87" />
            <source>Nå</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="94" />
            <source>{date} (lagmøte)</source>
            <translation>{date} (lagmøte)</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="104" />
            <source>Tast {key} velger dette trinnet.</source>
            <translation>Tast {key} vel dette trinnet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/goal_ladder_texts.py" line="114" />
            <source>Ikke vurdert ennå</source>
            <translation>Ikkje vurdert enno</translation>
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
            <translation>«Min plan» har ingen mål enno. Skriv dei inn på sida «Min plan».</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="129" />
            <source>Notat</source>
            <translation>Notat</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="167" />
            <source>Vurderingene du gjør nå, lagres for i dag og knyttes til dette lagmøtet.</source>
            <translation>Vurderingane du gjer no, blir lagra for i dag og knytte til dette lagmøtet.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="171" />
            <source>Dette lagmøtet ble holdt {date}. Stigene viser vurderingene slik de var da; nye vurderinger gjøres på lagmøtet som holdes i dag, eller i «Min plan».</source>
            <translation>Dette lagmøtet vart halde {date}. Stigane viser vurderingane slik dei var då; nye vurderingar blir gjorde på lagmøtet som blir halde i dag, eller i «Min plan».</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_goals.py" line="178" />
            <source>Lagmøtet er datert {date}. Vurderinger du gjør nå, lagres for i dag og knyttes ikke til dette møtet før det flyttes til i dag.</source>
            <translation>Lagmøtet er datert {date}. Vurderingar du gjer no, blir lagra for i dag og blir ikkje knytte til dette møtet før det blir flytta til i dag.</translation>
        </message>
    </context>
    <context>
        <name>KartleggingActions</name>
        <message>
            <location filename="../../lagmote/ui/kartlegging_actions.py" line="75" />
            <source>vurdering i kartleggingen</source>
            <translation>vurdering i kartlegginga</translation>
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
            <translation>sensitive område</translation>
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
            <translation>Ungdomen og laget</translation>
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
            <translation>Inga kartlegging å vise enno</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="189" />
            <source>Ungdommen og laget, {date}</source>
            <translation>Ungdomen og laget, {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="192" />
            <source>Ungdommen</source>
            <translation>Ungdomen</translation>
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
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="213" />
            <source>Valgt</source>
            <translation>Vald</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="215" />
            <source>Første</source>
            <translation>Første</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="217" />
            <source>Forrige</source>
            <translation>Førre</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="225" />
            <source>Skjul sensitive områder</source>
            <translation>Gøym sensitive område</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_chart.py" line="225" />
            <source>Vis sensitive områder</source>
            <translation>Vis sensitive område</translation>
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
            <translation>Slett kartlegginga</translation>
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
            <translation>Inga kartlegging enno. Trykk «Ny kartlegging» for å byrje.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="117" />
            <source>Velg kartlegging</source>
            <translation>Vel kartlegging</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="124" />
            <source>Dato for kartleggingen</source>
            <translation>Dato for kartlegginga</translation>
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
            <translation>Tast 1–5 for å vurdere, 0 for ikkje vurdert, og Tab for å gå til neste område.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="162" />
            <source>Ressurser – det som går bra</source>
            <translation>Ressursar – det som går bra</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="162" />
            <source>Risiko – det som er vanskelig</source>
            <translation>Risiko – det som er vanskeleg</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="169" />
            <source>Skjules på skjermen i møtet og på arket til familien.</source>
            <translation>Blir skjult på skjermen i møtet og på arket til familien.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="220" />
            <source>{number}. kartlegging, {date} ({count} av 12 vurdert)</source>
            <translation>{number}. kartlegging, {date} ({count} av 12 vurderte)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="238" />
            <source>Velg et område for å skrive om ressurser og risiko.</source>
            <translation>Vel eit område for å skrive om ressursar og risiko.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_editor.py" line="240" />
            <source>Området er skjult nå.</source>
            <translation>Området er skjult no.</translation>
        </message>
    </context>
    <context>
        <name>KartleggingPage</name>
        <message>
            <location filename="../../lagmote/ui/kartlegging_page.py" line="89" />
            <source>Kartleggingen kan ikke vises: {error}</source>
            <translation>Kartlegginga kan ikkje visast: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_page.py" line="198" />
            <source>Kartleggingen fra {date} er slettet. Ctrl+Z angrer.</source>
            <translation>Kartlegginga frå {date} er sletta. Ctrl+Z angrar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_page.py" line="263" />
            <source>Skjul vurderingene</source>
            <translation>Gøym vurderingane</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kartlegging_page.py" line="263" />
            <source>Vis vurderingene</source>
            <translation>Vis vurderingane</translation>
        </message>
    </context>
    <context>
        <name>KeptTextsDialog</name>
        <message>
            <location filename="../../lagmote/ui/kept_texts_dialog.py" line="30" />
            <source>Ikke lagret før låsing</source>
            <translation>Ikkje lagra før låsing</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kept_texts_dialog.py" line="33" />
            <source>Dette hadde du skrevet, men det kunne ikke lagres før vinduet ble låst. Kopier det og lim det inn der det hører hjemme; lukker du, er det borte.</source>
            <translation>Dette hadde du skrive, men det kunne ikkje lagrast før vindauget vart låst. Kopier det og lim det inn der det høyrer heime; lèt du att, er det borte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/kept_texts_dialog.py" line="42" />
            <source>Tekst som ikke er lagret</source>
            <translation>Tekst som ikkje er lagra</translation>
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
            <translation>Ingen personopplysningar blir viste, og nøkkelen til databasen er lagd bort.
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
            <translation>Ungdomar</translation>
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
            <translation>&amp;Planen på éi side (skriv ut eller PDF) …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="139" />
            <source>&amp;Gjenopprettingsnøkkel …</source>
            <translation>&amp;Gjenopprettingsnøkkel …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="144" />
            <source>&amp;Innstillinger …</source>
            <translation>&amp;Innstillingar …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="151" />
            <source>&amp;Lås nå</source>
            <translation>&amp;Lås no</translation>
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
            <translation>Vis &amp;avslutta saker (arkiv)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="177" />
            <source>&amp;Hvem har sett saken …</source>
            <translation>&amp;Kven har sett saka …</translation>
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
            <translation>&amp;Gjer om</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="247" />
            <source>Du er ikke med i laget rundt noen ungdom ennå, eller ingen er lagt inn. Administratoren setter deg på laget (lagmote admin add-to-team).</source>
            <translation>Du er ikkje med i laget rundt nokon ungdom enno, eller ingen er lagde inn. Administratoren set deg på laget (lagmote admin add-to-team).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="251" />
            <source>Ingen ungdommer ennå. Importer en ungdom fra en JSON-fil, eller lag demodata med «lagmote demo».</source>
            <translation>Ingen ungdomar enno. Importer ein ungdom frå ei JSON-fil, eller lag demodata med «lagmote demo».</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="266" />
            <source>Saken du hadde åpen (ungdom {id}), er ikke lenger tilgjengelig for deg: du er tatt av laget rundt ungdommen, eller saken er slettet.</source>
            <translation>Saka du hadde open (ungdom {id}), er ikkje lenger tilgjengeleg for deg: du er teken av laget rundt ungdomen, eller saka er sletta.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="280" />
            <source>Fant ingen ungdom med id {id}.</source>
            <translation>Fann ingen ungdom med id {id}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="429" />
            <source>Kunne ikke lese databasen.</source>
            <translation>Kunne ikkje lese databasen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="475" />
            <source>Åpner databasen …</source>
            <translation>Opnar databasen …</translation>
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
Planen, veka og laget rundt éin ungdom i Oslomodellen for ein-til-ein-oppfølging.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="554" />
            <source>Databaseserveren svarer ikke, så noe av det du skrev, er ikke lagret. Lukke likevel og miste det? Velg Avbryt, og «Kopier det som ikke er lagret» for å ta vare på det.</source>
            <translation>Databasetenaren svarar ikkje, så noko av det du skreiv, er ikkje lagra. Late att likevel og miste det? Vel Avbryt, og «Kopier det som ikkje er lagra» for å ta vare på det.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/main_window.py" line="560" />
            <source>Noe av det du skrev, kunne ikke lagres. Lukke likevel og miste det?</source>
            <translation>Noko av det du skreiv, kunne ikkje lagrast. Lukke likevel og miste det?</translation>
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
            <translation>Møtet er datert {date}, fram i tid. Set datoen til dagen møtet vart halde før du avsluttar det.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="117" />
            <source>avsluttet lagmøte</source>
            <translation>avslutta lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="117" />
            <source>gjenåpnet lagmøte</source>
            <translation>opna lagmøte igjen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="132" />
            <source>gjest på lagmøtet</source>
            <translation>gjest på lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="132" />
            <source>til stede på lagmøtet</source>
            <translation>til stades på lagmøtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="138" />
            <source>ikke til stede på lagmøtet</source>
            <translation>ikkje til stades på lagmøtet</translation>
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
            <translation>ny oppgåve</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="189" />
            <source>endring av oppgave</source>
            <translation>endring av oppgåve</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="199" />
            <source>Velg hvem som skal gjøre oppgaven.</source>
            <translation>Vel kven som skal gjere oppgåva.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_actions.py" line="206" />
            <source>sletting av oppgave</source>
            <translation>sletting av oppgåve</translation>
        </message>
    </context>
    <context>
        <name>MeetingList</name>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="49" />
            <source>Åpne møtet</source>
            <translation>Opne møtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="50" />
            <source>Slett det planlagte møtet</source>
            <translation>Slett det planlagde møtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="52" />
            <source>Ingen lagmøter ennå. Planlegg det første til høyre.</source>
            <translation>Ingen lagmøte enno. Planlegg det første til høgre.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="54" />
            <source>Planlegg neste lagmøte</source>
            <translation>Planlegg neste lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="64" />
            <source>Lagmøtene</source>
            <translation>Lagmøta</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="75" />
            <source>Bare et planlagt møte der ingenting er skrevet inn, kan slettes.</source>
            <translation>Berre eit planlagt møte der ingenting er skrive inn, kan slettast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="82" />
            <source>Lagmøter</source>
            <translation>Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_list.py" line="85" />
            <source>Velg et møte og åpne det for å gå gjennom dagsordenen.</source>
            <translation>Vel eit møte og opne det for å gå gjennom dagsordenen.</translation>
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
            <translation>Skrive inn</translation>
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
            <translation>Lagmøta kan ikkje visast: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page.py" line="240" />
            <source>Det du skrev i {where}, kunne ikke lagres. Det er forkastet og er ikke tatt med videre.</source>
            <translation>Det du skreiv i {where}, kunne ikkje lagrast. Det er forkasta og er ikkje teke med vidare.</translation>
        </message>
    </context>
    <context>
        <name>MeetingPageChanges</name>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="116" />
            <source>Lagmøtet {date} er planlagt. Ctrl+Z angrer.</source>
            <translation>Lagmøtet {date} er planlagt. Ctrl+Z angrar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="122" />
            <source>Åpne møtet</source>
            <translation>Opne møtet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="138" />
            <source>{title} er slettet. Ctrl+Z angrer.</source>
            <translation>{title} er sletta. Ctrl+Z angrar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="156" />
            <source>Lagmøtet er avsluttet og lagret som holdt. Ctrl+Z angrer.</source>
            <translation>Lagmøtet er avslutta og lagra som halde. Ctrl+Z angrar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="158" />
            <source>Lagmøtet er åpnet igjen. Ctrl+Z angrer.</source>
            <translation>Lagmøtet er opna igjen. Ctrl+Z angrar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_page_changes.py" line="216" />
            <source>Velg hvem som skal gjøre oppgaven.</source>
            <translation>Vel kven som skal gjere oppgåva.</translation>
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
            <translation>Ingen dato å føreslå: oppstartsmøtet er ikkje halde, eller oppfølginga er avslutta.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_plan.py" line="105" />
            <source>Forslag: {date}. {reason}</source>
            <translation>Forslag: {date}. {reason}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_plan.py" line="123" />
            <source>Allerede planlagt: {dates}. Du kan åpne det og endre datoen i stedet.</source>
            <translation>Allereie planlagt: {dates}. Du kan opne det og endre datoen i staden.</translation>
        </message>
    </context>
    <context>
        <name>MeetingRun</name>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="92" />
            <source>← Alle lagmøter</source>
            <translation>← Alle lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="116" />
            <source>◀ Forrige</source>
            <translation>◀ Førre</translation>
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
            <translation>Neste: Ctrl+PgDown eller Alt+→. Førre: Ctrl+PgUp eller Alt+←.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="169" />
            <source>Dagsorden</source>
            <translation>Dagsorden</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_run.py" line="232" />
            <source>Åpne møtet igjen</source>
            <translation>Opne møtet igjen</translation>
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
            <translation>Ingen vald</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="123" />
            <source>{number}. lagmøte, {date}</source>
            <translation>{number}. lagmøte, {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="131" />
            <source>Holdt</source>
            <translation>Halde</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="133" />
            <source>Planlagt, men ikke avsluttet</source>
            <translation>Planlagt, men ikkje avslutta</translation>
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
            <translation>{n} til stades</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="161" />
            <source>{n} vedtak</source>
            <translation>{n} vedtak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="164" />
            <source>1 oppgave</source>
            <translation>1 oppgåve</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="164" />
            <source>{n} oppgaver</source>
            <translation>{n} oppgåver</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="167" />
            <source>notater</source>
            <translation>notat</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="168" />
            <source>Ingenting skrevet ennå</source>
            <translation>Ingenting skrive enno</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="180" />
            <source>Gjort {date}</source>
            <translation>Gjort {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="182" />
            <source>For sent</source>
            <translation>For seint</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="183" />
            <source>Ikke gjort ennå</source>
            <translation>Ikkje gjort enno</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="191" />
            <source>Dette er det første lagmøtet: alt som er gjort, er nytt.</source>
            <translation>Dette er det første lagmøtet: alt som er gjort, er nytt.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="194" />
            <source>Forrige lagmøte var {date}.</source>
            <translation>Førre lagmøte var {date}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="195" />
            <source>Forrige lagmøte var {date}, {days} før dette.</source>
            <translation>Førre lagmøte var {date}, {days} før dette.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="202" />
            <source>Ingen mål har fått en ny vurdering siden forrige lagmøte.</source>
            <translation>Ingen mål har fått ei ny vurdering sidan førre lagmøte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="208" />
            <source>Mål {number}: skjult i møtemodus (følsomt)</source>
            <translation>Mål {number}: skjult i møtemodus (sensitivt)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="209" />
            <source>ikke vurdert</source>
            <translation>ikkje vurdert</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="214" />
            <source>bedre</source>
            <translation>betre</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="214" />
            <source>dårligere</source>
            <translation>dårlegare</translation>
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
            <translation>Ingen tiltak er gjorde ferdige sidan førre lagmøte.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="241" />
            <source>For sent, fristen var {date}: {what}</source>
            <translation>For seint, fristen var {date}: {what}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="245" />
            <source>Ingen tiltak er forsinket.</source>
            <translation>Ingen tiltak er forseinka.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="252" />
            <source>For sent, fristen var {date}: {what} – {who}</source>
            <translation>For seint, fristen var {date}: {what} – {who}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="258" />
            <source>(avtalt {date})</source>
            <translation>(avtalt {date})</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="260" />
            <source>Ingen oppgaver fra tidligere lagmøter er over fristen.</source>
            <translation>Ingen oppgåver frå tidlegare lagmøte er over fristen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_shown.py" line="265" />
            <source>skjult i møtemodus (følsomt)</source>
            <translation>skjult i møtemodus (sensitivt)</translation>
        </message>
    </context>
    <context>
        <name>MemberForm</name>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="116" />
            <source>Sett inn standardansvaret for rollen</source>
            <translation>Set inn standardansvaret for rolla</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="128" />
            <source>&amp;Navn</source>
            <translation>&amp;Namn</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="129" />
            <source>&amp;Virksomhet</source>
            <translation>&amp;Verksemd</translation>
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
            <translation>Til dømes skulen eller etaten</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="141" />
            <source>&amp;Ansvar i laget (ett per linje)</source>
            <translation>&amp;Ansvar i laget (eitt per linje)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="143" />
            <source>Ansvar i laget</source>
            <translation>Ansvar i laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="192" />
            <source>Har gått ut av laget. Det de hadde ansvar for, står fortsatt i planen.</source>
            <translation>Har gått ut av laget. Det dei hadde ansvar for, står framleis i planen.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="207" />
            <source>Går ut av laget</source>
            <translation>Går ut av laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_member_form.py" line="207" />
            <source>Kommer tilbake til laget</source>
            <translation>Kjem tilbake til laget</translation>
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
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="126" />
            <source>Virksomhet</source>
            <translation>Verksemd</translation>
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
            <translation>Laget kan ikkje dele informasjon om ungdomen med denne rolla no.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_models.py" line="174" />
            <source>Alle som må samtykke, har ikke gjort det ennå.</source>
            <translation>Alle som må samtykkje, har ikkje gjort det enno.</translation>
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
            <translation>⚠ Ikkje lagra ({where}): {text}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_fields.py" line="300" />
            <source>⚠ Ikke lagret: {text}</source>
            <translation>⚠ Ikkje lagra: {text}</translation>
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
            <translation>Neste lagmøte er ikkje planlagt enno.</translation>
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
            <translation>Skjult i møtemodus: dette er det interne notatet til laget, ikkje for skjermen.</translation>
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
            <translation>Laget rundt ungdomen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="99" />
            <source>Frister</source>
            <translation>Fristar</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="106" />
            <source>Laget</source>
            <translation>Laget</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="115" />
            <source>Stegene i oppfølgingen</source>
            <translation>Stega i oppfølginga</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="152" />
            <source>⚠ Mangler i laget: {groups}. Bydel, skole og politi bør alltid være med i laget (§3.1).</source>
            <translation>⚠ Manglar i laget: {groups}. Bydel, skule og politi bør alltid vere med i laget (§3.1).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="177" />
            <source>Det gikk {days} dager mellom lagmøtene {start} og {end} (høyst {most}).</source>
            <translation>Det gjekk {days} dagar mellom lagmøta {start} og {end} (høgst {most}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="187" />
            <source>ingen ansvarlig</source>
            <translation>ingen ansvarleg</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/overview_page.py" line="193" />
            <source>Oppgave fra lagmøtet er {days} over fristen {due}: «{text}» – {who}.</source>
            <translation>Oppgåve frå lagmøtet er {days} over fristen {due}: «{text}» – {who}.</translation>
        </message>
    </context>
    <context>
        <name>PageChanges</name>
        <message>
            <location filename="../../lagmote/ui/page_changes.py" line="101" />
            <source>Dere hadde endret det samme stedet i teksten, så begge versjonene står nå i den, deres først. Les gjennom og rett.</source>
            <translation>De hadde endra same staden i teksten, så begge versjonane står no i han, deira først. Les gjennom og rett.</translation>
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
            <translation>Veka</translation>
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
            <translation>Lagmøte</translation>
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
            <translation>Det finst ingen nøkkelring på denne maskina.
Vel eit passord for den nye, krypterte databasen (minst 8 teikn):</translation>
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
            <translation>Skriv passordet ein gong til:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="84" />
            <source>Passordene var ikke like.</source>
            <translation>Passorda var ikkje like.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="109" />
            <source>Logg inn på databaseserveren</source>
            <translation>Logg inn på databasetenaren</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/app.py" line="110" />
            <source>Skriv passordet ditt for {who}.
Det tas vare på i nøkkelringen på denne maskinen.</source>
            <translation>Skriv passordet ditt for {who}.
Det blir teke vare på i nøkkelringen på denne maskina.</translation>
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
            <translation>Planen er ungdomen sin eigen: skriv med ungdomen sine eigne ord. Alt blir lagra medan du skriv, og Ctrl+Z angrar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="102" />
            <source>Andre tiltak (ikke knyttet til et mål)</source>
            <translation>Andre tiltak (ikkje knytte til eit mål)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="109" />
            <source>Mål og fremgang</source>
            <translation>Mål og framgang</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="110" />
            <source>Hvert mål har en stige fra −2 til +2. 0 betyr at det går som ventet. Velg trinnet som passer i dag med tastene 1–5, og gå til neste mål med Tab.</source>
            <translation>Kvart mål har ein stige frå −2 til +2. 0 tyder at det går som venta. Vel trinnet som passar i dag med tastane 1–5, og gå til neste mål med Tab.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="117" />
            <source>Nytt mål, med ungdommens egne ord</source>
            <translation>Nytt mål, med ungdomen sine eigne ord</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="156" />
            <source>Planen kan ikke vises: {error}</source>
            <translation>Planen kan ikkje visast: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="217" />
            <source>Det du skrev for forrige ungdom i {where}, kunne ikke lagres. Det er forkastet og er ikke tatt med hit.</source>
            <translation>Det du skreiv for førre ungdom i {where}, kunne ikkje lagrast. Det er forkasta og er ikkje teke med hit.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_page.py" line="393" />
            <source>Målet «{goal}» er slettet.</source>
            <translation>Målet «{goal}» er sletta.</translation>
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
            <translation>Skjult i møtemodus (sensitivt)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_sections.py" line="153" />
            <source>Hva vi ser etter, hva hver av oss gjør, og hvem vi ringer.</source>
            <translation>Kva vi ser etter, kva kvar av oss gjer, og kven vi ringjer.</translation>
        </message>
    </context>
    <context>
        <name>ProfileFields</name>
        <message>
            <location filename="../../lagmote/ui/profile_fields.py" line="26" />
            <source>(ikke valgt)</source>
            <translation>(ikkje valt)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/profile_fields.py" line="31" />
            <source>For eksempel: Bydel Grorud</source>
            <translation>Til dømes: Bydel Grorud</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/profile_fields.py" line="36" />
            <source>&amp;Navn</source>
            <translation>&amp;Namn</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/profile_fields.py" line="37" />
            <source>&amp;Rolle</source>
            <translation>&amp;Rolle</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/profile_fields.py" line="38" />
            <source>&amp;Virksomhet</source>
            <translation>&amp;Verksemd</translation>
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
            <translation>Dette området er skjult no.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="41" />
            <source>ikke vurdert</source>
            <translation>ikkje vurdert</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="45" />
            <source>Snakk om</source>
            <translation>Snakk om</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="83" />
            <source>{mark} Snakk om: vurderingene er 2 eller mer fra hverandre.</source>
            <translation>{mark} Snakk om: vurderingane er 2 eller meir frå kvarandre.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="100" />
            <source>Ingen kartlegging å vise.</source>
            <translation>Inga kartlegging å vise.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="118" />
            <source>Ingen kartlegging å vise. Skalaen går fra 1 (stor bekymring) til 5 (bra).</source>
            <translation>Inga kartlegging å vise. Skalaen går frå 1 (stor uro) til 5 (bra).</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="120" />
            <source>{count} vurderinger, den siste er tydeligst: {labels}.</source>
            <translation>{count} vurderingar, den siste er tydelegast: {labels}.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="123" />
            <source>Skalaen går fra 1 (stor bekymring) til 5 (bra – en styrke).</source>
            <translation>Skalaen går frå 1 (stor uro) til 5 (bra – ein styrke).</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="127" />
            <source>Område {number}: skjult nå.</source>
            <translation>Område {number}: skjult no.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="132" />
            <source>Snakk om: vurderingene er 2 eller mer fra hverandre.</source>
            <translation>Snakk om: vurderingane er 2 eller meir frå kvarandre.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="143" />
            <source>Ingen kartlegging å vise ennå.</source>
            <translation>Inga kartlegging å vise enno.</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="147" />
            <source>{mark} Snakk om: 2 eller mer mellom</source>
            <translation>{mark} Snakk om: 2 eller meir mellom</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/radar_texts.py" line="150" />
            <source>Ikke vurdert</source>
            <translation>Ikkje vurdert</translation>
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
            <translation>Passord (skriv for hand):</translation>
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
            <translation>Skrive ut: {date}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="76" />
            <source>Lås arket inne, et annet sted enn maskinen og sikkerhetskopiene. Den som har både arket og en kopi, kan lese alle sakene.</source>
            <translation>Lås arket inne, ein annan stad enn maskina og tryggingskopiane. Den som har både arket og ein kopi, kan lese alle sakene.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="84" />
            <source>Nøkkelen åpner databasen og alle sikkerhetskopiene av den. Uten den kan ingen åpne dem, heller ikke dere.</source>
            <translation>Nøkkelen opnar databasen og alle tryggingskopiane av han. Utan han kan ingen opne dei, heller ikkje de.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="86" />
            <source>Slik gjenoppretter du: lagmote restore SIKKERHETSKOPI --db DATABASEFIL. Finner programmet ikke nøkkelen i nøkkelringen (for eksempel på en ny maskin), spør det etter nøkkelen på dette arket.</source>
            <translation>Slik gjenopprettar du: lagmote restore SIKKERHETSKOPI --db DATABASEFIL. Finn ikkje programmet nøkkelen i nøkkelringen (til dømes på ei ny maskin), spør det etter nøkkelen på dette arket.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="89" />
            <source>Får databasen en ny nøkkel, lager du et nytt ark og makulerer dette.</source>
            <translation>Får databasen ein ny nøkkel, lagar du eit nytt ark og makulerer dette.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="95" />
            <source>Passordet åpner databasen og alle sikkerhetskopiene av den. Uten det kan ingen åpne dem, heller ikke dere.</source>
            <translation>Passordet opnar databasen og alle tryggingskopiane av han. Utan det kan ingen opne dei, heller ikkje de.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="97" />
            <source>Slik gjenoppretter du: lagmote restore SIKKERHETSKOPI --db DATABASEFIL, med passordet i LAGMOTE_PASSPHRASE.</source>
            <translation>Slik gjenopprettar du: lagmote restore SIKKERHETSKOPI --db DATABASEFIL, med passordet i LAGMOTE_PASSPHRASE.</translation>
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
            <translation>Ein tryggingskopi er kryptert med den same nøkkelen som databasen. Utan nøkkelen kan ingen opne tryggingskopien, heller ikkje de. Blir maskina borte eller bytt ut, treng de nøkkelen for å gjenopprette.</translation>
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
            <translation>Nøkkelen gir tilgang til alle sakene i databasen og i tryggingskopiane. Vis han berre når ingen andre ser skjermen. Vise han no?</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="236" />
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="317" />
            <source>Nøkkelen ligger i nøkkelringen på denne maskinen og forsvinner med den. Skriv den ned, eller skriv den ut på papir, og lås arket inne et annet sted enn maskinen og sikkerhetskopiene.</source>
            <translation>Nøkkelen ligg i nøkkelringen på denne maskina og forsvinn med henne. Skriv han ned, eller skriv han ut på papir, og lås arket inne ein annan stad enn maskina og tryggingskopiane.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="325" />
            <source>Databasen er låst med et passord, og passordet er nøkkelen. Det lagres ikke noe sted: glemmer dere det, kan verken databasen eller sikkerhetskopiene åpnes. Skriv det for hånd på arket fra «Skriv ut på papir …», og lås arket inne.</source>
            <translation>Databasen er låst med eit passord, og passordet er nøkkelen. Det blir ikkje lagra nokon stad: gløymer de det, kan verken databasen eller tryggingskopiane opnast. Skriv det for hand på arket frå «Skriv ut på papir …», og lås arket inne.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/recovery_dialog.py" line="333" />
            <source>Databasen ligger på en PostgreSQL-server. Sikkerhetskopier og nøkler tas hånd om av dem som drifter serveren (pg_dump).</source>
            <translation>Databasen ligg på ein PostgreSQL-tenar. Tryggingskopiar og nøklar blir tekne hand om av dei som driftar tenaren (pg_dump).</translation>
        </message>
    </context>
    <context>
        <name>RenderPage</name>
        <message>
            <location filename="../../lagmote/ui/render.py" line="84" />
            <source>Planen kunne ikke leses.</source>
            <translation>Planen kunne ikkje lesast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/render.py" line="93" />
            <source>Evalueringene kunne ikke leses.</source>
            <translation>Evalueringane kunne ikkje lesast.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/render.py" line="104" />
            <source>Kunne ikke lage bildet.</source>
            <translation>Kunne ikkje lage biletet.</translation>
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
            <translation>Alt du skreiv, er lagra: det er ingenting å kopiere.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/server_link.py" line="140" />
            <source>Kopiert til utklippstavlen: {count} felt som ikke er lagret.</source>
            <translation>Kopiert til utklippstavla: {count} felt som ikkje er lagra.</translation>
        </message>
    </context>
    <context>
        <name>ServiceNotesBox</name>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="51" />
            <source>Notatene</source>
            <translation>Notata</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="52" />
            <source>Ingen notater ennå.</source>
            <translation>Ingen notat enno.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="54" />
            <source>Nytt notat</source>
            <translation>Nytt notat</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="55" />
            <source>Skriv et nytt notat …</source>
            <translation>Skriv eit nytt notat …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="58" />
            <source>Lagre notatet</source>
            <translation>Lagre notatet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="103" />
            <source>Notater for {service}</source>
            <translation>Notat for {service}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/service_notes_box.py" line="105" />
            <source>Bare brukere fra {service} kan lese disse notatene. De vises aldri i møtemodus og kommer aldri med på utskrifter.</source>
            <translation>Berre brukarar frå {service} kan lese desse notata. Dei blir aldri viste i møtemodus og kjem aldri med på utskrifter.</translation>
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
            <translation>helsetenesta</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="48" />
            <source>Innstillinger</source>
            <translation>Innstillingar</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="62" />
            <source>Standard for maskinen</source>
            <translation>Standard for maskina</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="64" />
            <source>Den krypterte filen i datamappen</source>
            <translation>Den krypterte fila i datamappa</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="71" />
            <source> minutter</source>
            <translation> minutt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="75" />
            <source> måneder</source>
            <translation> månader</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="90" />
            <source>&amp;Språk (fra neste start)</source>
            <translation>&amp;Språk (frå neste start)</translation>
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
            <translation>Deg (står i loggen over kven som har lese)</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="95" />
            <source>Denne maskinen</source>
            <translation>Denne maskina</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="98" />
            <source>&amp;Lås vinduet etter</source>
            <translation>&amp;Lås vindauget etter</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/settings_dialog.py" line="99" />
            <source>&amp;Evaluering minst hver</source>
            <translation>&amp;Evaluering minst kvar</translation>
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
            <translation>Førehandsvising av planen på éi side</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/sheet_dialog.py" line="91" />
            <source>Planen på én side</source>
            <translation>Planen på éi side</translation>
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
            <translation>For ungdomen og familien. Sensitive mål og område er ikkje med.</translation>
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
            <translation>Planen er lagra som PDF.</translation>
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
            <translation>Mål som har flytta seg</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_since.py" line="58" />
            <source>Tiltak som er gjort</source>
            <translation>Tiltak som er gjorde</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_since.py" line="59" />
            <source>Tiltak som er forsinket</source>
            <translation>Tiltak som er forseinka</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_since.py" line="60" />
            <source>Oppgaver fra tidligere lagmøter som ikke er gjort</source>
            <translation>Oppgåver frå tidlegare lagmøte som ikkje er gjorde</translation>
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
            <translation>Gjort for seint</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/theme.py" line="185" />
            <source>Kommer</source>
            <translation>Kjem</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/theme.py" line="186" />
            <source>Over fristen</source>
            <translation>Over fristen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/theme.py" line="187" />
            <source>Venter</source>
            <translation>Ventar</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/theme.py" line="188" />
            <source>Ikke aktuelt</source>
            <translation>Ikkje aktuelt</translation>
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
            <translation>Tidslinje for oppfølginga</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/step_timeline.py" line="395" />
            <source>Tidslinje for oppfølgingen, valgt steg: {name} ({state})</source>
            <translation>Tidslinje for oppfølginga, valt steg: {name} ({state})</translation>
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
            <translation>Samtykket er allereie trekt tilbake.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="117" />
            <source>Datoen for når samtykket ble trukket tilbake, kan ikke være fram i tid.</source>
            <translation>Datoen for når samtykket vart trekt tilbake, kan ikkje vere fram i tid.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_actions.py" line="123" />
            <source>samtykke trukket tilbake</source>
            <translation>samtykke trekt tilbake</translation>
        </message>
    </context>
    <context>
        <name>TeamPage</name>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="77" />
            <location filename="../../lagmote/ui/team_page.py" line="110" />
            <source>Laget rundt ungdommen</source>
            <translation>Laget rundt ungdomen</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="80" />
            <source>Ingen i laget ennå. Velg en rolle under og trykk «Legg til i laget».</source>
            <translation>Ingen i laget enno. Vel ei rolle under og trykk «Legg til i laget».</translation>
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
            <translation>Kven gjer kva</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="117" />
            <source>Tiltak fra «Min plan» og oppgaver fra lagmøtene, talt for hver i laget. De som har noe over fristen, står først. Velg en rad for å se hva det gjelder.</source>
            <translation>Tiltak frå «Min plan» og oppgåver frå lagmøta, talde for kvar i laget. Dei som har noko over fristen, står først. Vel ei rad for å sjå kva det gjeld.</translation>
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
            <translation>Vel ein i laget for å endre kontaktinfo og ansvar. Alt blir lagra medan du skriv, og Ctrl+Z angrar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="173" />
            <source>Det du skrev om {who} for forrige ungdom, kunne ikke lagres. Det er forkastet og ikke tatt med hit.</source>
            <translation>Det du skreiv om {who} for førre ungdom, kunne ikkje lagrast. Det er forkasta og ikkje teke med hit.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="181" />
            <source>Laget kan ikke vises: {error}</source>
            <translation>Laget kan ikkje visast: {error}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="281" />
            <source>⚠ Mangler i laget: {groups}. Bydel, skole og politi bør alltid være med i laget (§3.1).</source>
            <translation>⚠ Manglar i laget: {groups}. Bydel, skule og politi bør alltid vere med i laget (§3.1).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="291" />
            <source>⚠ Laget kan ikke dele informasjon med alle i laget: {roles}. Se «Deling av informasjon» i tabellen under.</source>
            <translation>⚠ Laget kan ikkje dele informasjon med alle i laget: {roles}. Sjå «Deling av informasjon» i tabellen under.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="373" />
            <source>{who} er tilbake i laget. Ctrl+Z angrer.</source>
            <translation>{who} er tilbake i laget. Ctrl+Z angrar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="375" />
            <source>{who} har gått ut av laget og står nå under «Har gått ut av laget». Ctrl+Z angrer.</source>
            <translation>{who} har gått ut av laget og står no under «Har gått ut av laget». Ctrl+Z angrar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="399" />
            <source>Samtykket fra {who} er registrert. Ctrl+Z angrer.</source>
            <translation>Samtykket frå {who} er registrert. Ctrl+Z angrar.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/team_page.py" line="412" />
            <source>Samtykket fra {who} er trukket tilbake fra {date}. Laget kan ikke lenger dele informasjon på grunnlag av det. Ctrl+Z angrer.</source>
            <translation>Samtykket frå {who} er trekt tilbake frå {date}. Laget kan ikkje lenger dele informasjon på grunnlag av det. Ctrl+Z angrar.</translation>
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
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/models.py" line="146" />
            <source>Virksomhet</source>
            <translation>Verksemd</translation>
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
            <translation>Nytt tiltak: kva skal gjerast?</translation>
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
            <translation>Slett valt tiltak</translation>
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
            <translation>For seint</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_models.py" line="130" />
            <source>Ingen valgt</source>
            <translation>Ingen vald</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_models.py" line="144" />
            <source>Tiltak</source>
            <translation>Tiltak</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/plan_models.py" line="145" />
            <source>Ansvarlig</source>
            <translation>Ansvarleg</translation>
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
            <translation>Fristen er passert, og tiltaket er ikkje ferdig.</translation>
        </message>
    </context>
    <context>
        <name>WeekGrid</name>
        <message>
            <location filename="../../lagmote/widgets/week_grid.py" line="479" />
            <source>tom time {day} {span}, Enter lager en ny aktivitet</source>
            <translation>tom time {day} {span}, Enter lagar ein ny aktivitet</translation>
        </message>
        <message>
            <location filename="../../lagmote/widgets/week_grid.py" line="482" />
            <source>Uka, valgt: {focus}</source>
            <translation>Veka, vald: {focus}</translation>
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
            <translation>Veka</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="90" />
            <source>Uka etter standarden</source>
            <translation>Veka etter standarden</translation>
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
            <translation>Vald aktivitet</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="190" />
            <source>• torsdag 14:30–17:00 og</source>
            <translation>• torsdag 14:30–17:00 og</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="275" />
            <source>Uka kunne ikke leses. {reason}</source>
            <translation>Veka kunne ikkje lesast. {reason}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="281" />
            <source>Ingen lange tomrom etter skolen (før {end}).</source>
            <translation>Ingen lange tomrom etter skulen (før {end}).</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="283" />
            <source>Minst to timer uten avtaler, etter skolen og før {end}:</source>
            <translation>Minst to timar utan avtalar, etter skulen og før {end}:</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/week_page.py" line="324" />
            <source>Velg en aktivitet i uka, eller dra over et tomt felt for å lage en ny. Med tastaturet: piltastene velger, Enter lager eller åpner, Alt+piltastene flytter, Shift+Alt+opp/ned endrer lengden.</source>
            <translation>Vel ein aktivitet i veka, eller dra over eit tomt felt for å lage ein ny. Med tastaturet: piltastane vel, Enter lagar eller opnar, Alt+piltastane flyttar, Shift+Alt+opp/ned endrar lengda.</translation>
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
            <translation>Velkomen til Lagmøte</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="55" />
            <source>Lagmøte samler planen, uka og laget rundt én ungdom. Først: hvem er du? Navnet, rollen og virksomheten står i loggen over hvem som har lest sakene.</source>
            <translation>Lagmøte samlar planen, veka og laget rundt éin ungdom. Først: kven er du? Namnet, rolla og verksemda står i loggen over kven som har lese sakene.</translation>
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
            <translation>Sakene blir lagra krypterte, i éi fil: {where}

«Neste» lagar databasen. Har maskina ingen nøkkelring, vel du eit passord.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="111" />
            <source>Nøkkelen og sikkerhetskopier</source>
            <translation>Nøkkelen og tryggingskopiar</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="114" />
            <source>Åpne &amp;demodata: én fiktiv ungdom med lag, plan og uke</source>
            <translation>Opne &amp;demodata: éin fiktiv ungdom med lag, plan og veke</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="127" />
            <source>Nøkkelen ligger i nøkkelringen på denne maskinen, ikke i filen. Uten den kan ingen åpne databasen, heller ikke en sikkerhetskopi. Skriv den ut og legg arket trygt: Fil → Gjenopprettingsnøkkel …</source>
            <translation>Nøkkelen ligg i nøkkelringen på denne maskina, ikkje i fila. Utan han kan ingen opne databasen, heller ikkje ein tryggingskopi. Skriv han ut og legg arket trygt: Fil → Gjenopprettingsnøkkel …</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="133" />
            <source>Passordet du valgte, er nøkkelen. Det lagres ikke noe sted: skriv det ned og legg arket trygt. Uten det kan ingen åpne databasen, heller ikke en sikkerhetskopi.</source>
            <translation>Passordet du valde, er nøkkelen. Det blir ikkje lagra nokon stad: skriv det ned og legg arket trygt. Utan det kan ingen opne databasen, heller ikkje ein tryggingskopi.</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/welcome.py" line="140" />
            <source>Programmet tar en sikkerhetskopi hver dag i {folder} og beholder de sju siste. «lagmote backup» tar en når du vil.</source>
            <translation>Programmet tek ein tryggingskopi kvar dag i {folder} og held på dei sju siste. «lagmote backup» tek ein når du vil.</translation>
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
            <translation>Tiltaka i «Min plan»</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="110" />
            <source>Notat</source>
            <translation>Notat</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="132" />
            <source>{n} tiltak under følsomme mål er skjult i møtemodus.</source>
            <translation>{n} tiltak under sensitive mål er skjulte i møtemodus.</translation>
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
            <translation>Ingen ungdom vald</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="63" />
            <source>{age} år</source>
            <translation>{age} år</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="68" />
            <source>Ingen oppfølger registrert</source>
            <translation>Ingen oppfølgjar registrert</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="70" />
            <source>Oppfølger: {name}</source>
            <translation>Oppfølgjar: {name}</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="74" />
            <source>Oppfølgingen er avsluttet</source>
            <translation>Oppfølginga er avslutta</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="84" />
            <source>Ingen lagmøte planlagt</source>
            <translation>Ikkje noko lagmøte planlagt</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/header.py" line="85" />
            <source>Neste lagmøte ikke planlagt (frist {date})</source>
            <translation>Neste lagmøte ikkje planlagt (frist {date})</translation>
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
            <translation> – avslutta</translation>
        </message>
    </context>
    <context>
        <name>YouthStep</name>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="41" />
            <source>Med ungdommens egne ord</source>
            <translation>Med ungdomen sine eigne ord</translation>
        </message>
        <message>
            <location filename="../../lagmote/ui/meeting_steps.py" line="62" />
            <source>Forrige lagmøte ({date}) sa ungdommen: «{words}»</source>
            <translation>Førre lagmøte ({date}) sa ungdomen: «{words}»</translation>
        </message>
    </context>
</TS>
