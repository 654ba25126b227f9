### baraza — sw: The session list, the comparison view, and what a change or an error says.
### Awaits review by a native-speaking facilitator; check with `baraza lang check sw --files locales`.

## The session list: column headings (one line, over the table)

list-col-date = tarehe
list-col-title = jina
list-col-community = jamii
list-col-stage = awamu
list-col-problems = matatizo
list-col-votes = kura
list-col-actions = hatua
list-col-example = mfano

## The session list: the examples, the filter, a file that cannot be read

list-examples-intro-empty = Bado hakuna kikao kwenye folda hii. n inaanzisha kipya — au angalia mojawapo ya mifano iliyo ndani ya baraza: Enter inaufungua kwa kusoma tu (hakuna kinachohifadhiwa).
list-examples-intro = Mifano iliyo ndani ya baraza: Enter inafungua mmoja kwa kusoma tu (hakuna kinachohifadhiwa); e inarudi kwenye vikao vyako.
list-filter = Chuja:
list-filter-count = { $shown } kati ya { $all }
list-no-match = Hakuna kikao kinacholingana na kichujio.
list-no-match-clear = Esc inakifuta.
list-unreadable = hakisomeki

## The session list: status line messages

list-sorted-date = kwa tarehe, mpya kwanza
list-sorted-title = kwa jina
list-sorted-community = kwa jamii
list-sorted-stage = kwa hatua iliyofikiwa
list-no-own-session = bado huna kikao chako: n inaanzisha kimoja
list-nothing-selected = bado hakuna kikao hapa: bonyeza n kuanzisha kimoja
list-cannot-open = haiwezi kufungua { $file }: { $error }
list-no-previous = kikao hiki hakiendelezi kikao cha awali (N inaanzisha mzunguko ujao)
list-report-not-written = ripoti haikuandikwa: { $error }
list-reports-not-logged = ripoti zimeandikwa kando ya kikao, lakini si kwenye kumbukumbu yake ya ripoti: { $error }

## The session list: the question when a session is open elsewhere (y/n)

list-ask-read-only = «{ $title }» kimefunguliwa katika { $holder }. Kifungue hapa kwa kusoma tu?
list-ask-read-only-file = { $file } kimefunguliwa katika { $holder }. Kifungue hapa kwa kusoma tu?

## The session list: the new-session and next-cycle forms

list-form-new = Kikao kipya
list-form-next-cycle = Mzunguko ujao wa «{ $title }»
list-cycle-suffix = — { -cycle } { $n }
list-field-title = Jina
list-help-title = jina ambalo chumba kitauita mkutano huu
list-field-community = Jamii
list-help-community = jamii au mahali
list-field-date = Tarehe
list-field-facilitators = Wawezeshaji
list-help-facilitators = majina, yakitenganishwa kwa koma
list-help-next-title = kinabeba makundi, matatizo ambayo hayajatatuliwa na hatua zilizo wazi
list-help-next-community = jamii inabaki ileile
list-give-title = kipe kikao jina

## The comparison of two cycles (c on the session list)

compare-title-ranks = Jinsi vipaumbele vilivyobadilika · { $before } ({ $before_date }) → { $now } ({ $now_date })
compare-title-card = Jinsi { -score-card } ilivyobadilika · { $before } ({ $before_date }) → { $now } ({ $now_date })
compare-ranks-of = Nafasi za:
compare-whole-room = chumba kizima
compare-col-now = sasa
compare-col-before = awali
compare-col-movement = mabadiliko
compare-col-problem = { -problem }
compare-nothing-ranked = Bado hakuna matatizo yaliyopangwa katika { -cycle } yoyote.
compare-move-new = jipya
compare-move-up = ▲ juu { $n }
compare-move-down = ▼ chini { $n }
compare-move-same = = palepale
compare-move-dropped = limeachwa
compare-move-resolved = ✓ limetatuliwa
compare-move-not-ranked = halijapangwa
compare-move-lost = ▼ hakuna sasa
compare-move-gained = ▲ kura za kwanza
compare-move-neither = · hakuna, zote
compare-col-indicator = kiashiria
compare-col-community = Jamii
compare-col-gap = pengo
compare-no-card = Hakuna { -score-card } katika { -cycle } hii.

## While the folder is read at start (the list is drawn at once and filled in)

# The session list's status line while the folder is read in the background.
# $read, $total: counts already grouped ("1,234"); $n: the total as a number,
# for the plural.
list-reading = inasoma folda: { $read } kati ya { $total } { $n ->
    [one] kikao
   *[other] vikao
}…
# In the list's place while the folder is read and nothing is known yet.
list-reading-folder = Inasoma folda…
