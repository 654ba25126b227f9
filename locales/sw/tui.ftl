### baraza — Kiswahili: skrini za mwezeshaji.
### Tafsiri hii inasubiri kukaguliwa na mwezeshaji anayezungumza Kiswahili kama
### lugha ya kwanza (awaits review by a native-speaking facilitator).
### Kusahihisha: hariri faili hili, kisha endesha `baraza lang check sw --files locales`.
### Istilahi za mbinu ziko kwenye glossary.ftl.

## Mstari wa hali

said-language = lugha: { $name }
said-language-not-kept = lugha: { $name } (haikukumbukwa: { $error })

# Skrini nzima, dirisha likiwa dogo mno.
too-small = dirisha ni dogo mno: { $width }×{ $height }, inahitajika { $min_width }×{ $min_height }

## Hali ya kuhifadhi (mwisho wa kulia wa mstari wa hali)

save-unchanged = bado hakuna mabadiliko
save-saving = inahifadhi…
save-saved = imehifadhiwa { $time }
save-read-only = kusoma tu
save-not-saved = HAIJAHIFADHIWA
save-last-saved = ilihifadhiwa mwisho { $time }
save-nothing-saved = hakuna kilichohifadhiwa tangu kufunguliwa
save-failed = HAIJAHIFADHIWA ({ $last }): { $error } — imewekwa kwenye kumbukumbu, inajaribiwa tena kila sekunde 2 na kwa kila kitufe
save-stopped = HAIJAHIFADHIWA ({ $last }): { $error } — kilichobadilishwa hapa kiko kwenye kumbukumbu tu

## Alama za upau wa kichwa

flag-wall-blank = UKUTA UMEZIMWA
flag-blind-vote = KURA YA SIRI
flag-example = MFANO · KUSOMA TU
flag-read-only = KUSOMA TU
flag-room-language = ukumbi: { $name }
flag-timer-paused = ⏸ { $time } imesimamishwa
flag-timer-up = ⏰ MUDA UMEKWISHA +{ $time }

## Orodha ya vikao

list-title = baraza · vikao vya usalama wa jamii
list-count = { $sessions ->
    [one] kikao { $sessions }
   *[other] vikao { $sessions }
}

## Ujumbe wa mstari wa hali ndani ya kikao

said-staying = unabaki
said-left-as-it-was = imeachwa kama ilivyokuwa
said-last-step = { -step-learn } ni hatua ya mwisho; Shift+Tab inarudi nyuma
said-first-step = { -step-prepare } ni hatua ya kwanza; Tab inaendelea
said-nothing-to-undo = hakuna cha kutendua
said-nothing-to-redo = hakuna cha kurudia
said-undone = imetenduliwa: { $what }
said-redone = imerudiwa: { $what }
said-room-view-on = skrini ya ukumbi: p tena kwa ya mwezeshaji
said-room-view-off = skrini ya mwezeshaji: p inaonyesha ya ukumbi
said-blank-on = skrini ya ukumbi imezimwa (kichwa tu): . inaionyesha tena
said-blank-off = skrini ya ukumbi inaonyesha paneli tena
said-read-only = kusoma tu: hakuna kinachoweza kubadilishwa hapa; q, kisha Enter kwenye kikao, ili kuhariri
said-timer-stopped = kipima muda kimesimamishwa
said-timer-started = kipima muda: { $time } kuanzia sasa
said-timer-paused = kipima muda kimesitishwa
said-timer-goes-on = kipima muda kinaendelea
said-timer-extended = dakika moja zaidi: zimebaki { $time }
said-timer = kipima muda

## Maswali (kisanduku cha y/n: ndiyo/hapana)

ask-leave-not-saved = HAIJAHIFADHIWA: mabadiliko ya mwisho hayakuweza kuandikwa ({ $error }). Uondoke hata hivyo na uyapoteze?
ask-leave-form-open = Uondoke? Kilichoandikwa kwenye fomu iliyo wazi hakijahifadhiwa.

## Ujumbe wa orodha na wa kufungua vikao

said-folder-read = folda imesomwa upya: { $sessions ->
    [one] kikao { $sessions }
   *[other] vikao { $sessions }
}
said-example-next-cycle = huu ni mfano uliojengwa ndani ya baraza: q, kisha n, huanzisha kikao chako mwenyewe
said-theme = mandhari: { $name }
said-theme-not-kept = mandhari: { $name } (haikukumbukwa: { $error })
said-migrated = faili hili lilitengenezwa na baraza ya zamani (toleo { $version }); nakala inahifadhiwa linapohifadhiwa mara ya kwanza
said-opened-read-only = limefunguliwa kwa kusoma tu: hakuna kinachoweza kubadilishwa hapa
said-cannot-open = haiwezi kufungua: { $error }
said-example-opened = mfano, kusoma tu: pitia kila paneli (F1 hadi F6); q inarudi
said-cannot-open-example = haiwezi kufungua mfano: { $error }
said-created = kikao kipya kimehifadhiwa: ongeza makundi yaliyo ukumbini
said-cannot-create = haiwezi kuunda kikao: { $error }
said-cannot-read = haiwezi kukisoma: { $error }
said-next-cycle = mzunguko mpya: { $problems ->
    [one] { -problem } { $problems }
   *[other] { -problems } { $problems }
} na { $actions ->
    [one] hatua { $actions } iliyo wazi
   *[other] hatua { $actions } zilizo wazi
} zimehamishwa kutoka “{ $title }”
said-no-previous = kikao hiki hakiendelezi kikao cha awali
said-previous-missing = mzunguko uliopita (id { $id }) haupo kwenye folda hii
said-cannot-read-previous = haiwezi kusoma mzunguko uliopita: { $error }
said-cannot-show = haiwezi kukionyesha: { $error }
