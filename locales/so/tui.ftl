### baraza — Soomaali: shaashadaha fududeeyaha.
### Turjumaaddan waxay sugaysaa dib-u-eegis uu sameeyo fududeeye afkiisa hooyo
### yahay Soomaali (awaits review by a native-speaking facilitator).
### Sixitaanka: wax ka beddel faylkan, kadibna orodsii `baraza lang check so --files locales`.
### Ereyada habka waxay ku jiraan glossary.ftl.

## Xariiqda xaaladda

said-language = luqadda: { $name }
said-language-not-kept = luqadda: { $name } (lama xusuusan: { $error })

# Shaashadda oo dhan, marka daaqaddu aad u yar tahay.
too-small = daaqaddu aad bay u yar tahay: { $width }×{ $height }, waxaa loo baahan yahay { $min_width }×{ $min_height }

## Xaaladda kaydinta (dhinaca midig ee xariiqda xaaladda)

save-unchanged = weli isbeddel ma jiro
save-saving = waa la kaydinayaa…
save-saved = la kaydiyay { $time }
save-read-only = akhris keliya
save-not-saved = LAMA KAYDIN
save-last-saved = markii ugu dambaysay la kaydiyay { $time }
save-nothing-saved = waxba lama kaydin tan iyo markii la furay
save-failed = LAMA KAYDIN ({ $last }): { $error } — xusuusta ayaa lagu hayaa, mar kale ayaa la isku dayayaa 2-dii ilbiriqsi iyo fure kasta
save-stopped = LAMA KAYDIN ({ $last }): { $error } — waxa halkan lagu beddelay xusuusta oo keliya ayay ku jiraan

## Calaamadaha xariiqda cinwaanka

flag-wall-blank = DERBIGA WAA MADOW
flag-blind-vote = CODBIXIN QARSOON
flag-example = TUSAALE · AKHRIS KELIYA
flag-read-only = AKHRIS KELIYA
flag-room-language = qolka: { $name }
flag-timer-paused = ⏸ { $time } la hakiyay
flag-timer-up = ⏰ WAQTIGII WAA DHAMMAADAY +{ $time }

## Liiska kulamada

list-title = baraza · kulamada amniga bulshada
list-count = { $sessions ->
    [one] { $sessions } kulan
   *[other] { $sessions } kulan
}

## Fariimaha xariiqda xaaladda ee kulanka dhexdiisa

said-staying = waad joogtaa
said-left-as-it-was = sidii ayaa loo daayay
said-last-step = { -step-learn } waa tallaabada ugu dambaysa; Shift+Tab dib ayuu u celiyaa
said-first-step = { -step-prepare } waa tallaabada koowaad; Tab hore ayuu u socdaa
said-nothing-to-undo = wax la celiyo ma jiraan
said-nothing-to-redo = wax dib loo sameeyo ma jiraan
said-undone = waa la celiyay: { $what }
said-redone = dib ayaa loo sameeyay: { $what }
said-room-view-on = shaashadda qolka: p mar kale waa tan fududeeyaha
said-room-view-off = shaashadda fududeeyaha: p wuxuu muujiyaa tan qolka
said-blank-on = shaashadda qolka waa madow (cinwaanka oo keliya): . ayaa dib u muujisa
said-blank-off = shaashadda qolka waxay mar kale muujinaysaa guddiga
said-read-only = akhris keliya: halkan waxba lagama beddeli karo; q, kadib Enter kulanka, si wax looga beddelo
said-timer-stopped = saacadda waa la joojiyay
said-timer-started = saacadda: { $time } laga bilaabo hadda
said-timer-paused = saacadda waa la hakiyay
said-timer-goes-on = saacaddu way sii socotaa
said-timer-extended = hal daqiiqo oo kale: { $time } ayaa haray
said-timer = saacadda

## Su'aalo (sanduuq y/n: haa/maya)

ask-leave-not-saved = LAMA KAYDIN: isbeddelladii ugu dambeeyay lama qori karin ({ $error }). Ma ka baxaysaa oo waad lumin?
ask-leave-form-open = Ma ka baxaysaa? Waxa lagu qoray foomka furan lama kaydin.

## Fariimaha liiska iyo furitaanka kulamada

said-folder-read = galka mar kale ayaa la akhriyay: { $sessions ->
    [one] { $sessions } kulan
   *[other] { $sessions } kulan
}
said-example-next-cycle = kani waa tusaale ku dhex jira baraza: q, kadib n, wuxuu bilaabaa kulan adiga kuu gaar ah
said-theme = muuqaalka: { $name }
said-theme-not-kept = muuqaalka: { $name } (lama xusuusan: { $error })
said-migrated = faylkan waxaa sameeyay baraza hore (nooca { $version }); nuqul ayaa la hayaa marka ugu horraysa ee la kaydiyo
said-opened-read-only = waxaa loo furay akhris keliya: halkan waxba lagama beddeli karo
said-cannot-open = lama furi karo: { $error }
said-example-opened = tusaale, akhris keliya: eeg guddi kasta (F1 ilaa F6); q dib ayuu u celiyaa
said-cannot-open-example = tusaalaha lama furi karo: { $error }
said-created = kulan cusub ayaa la kaydiyay: ku dar kooxaha qolka jooga
said-cannot-create = kulanka lama abuuri karo: { $error }
said-cannot-read = lama akhriyi karo: { $error }
said-next-cycle = wareeg cusub: { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } dhibaato
} iyo { $actions ->
    [one] { $actions } tallaabo furan
   *[other] { $actions } tallaabo oo furan
} ayaa laga soo qaaday “{ $title }”
said-no-previous = kulankani ma sii wado kulan hore
said-previous-missing = wareeggii hore (id { $id }) kuma jiro galkan
said-cannot-read-previous = wareeggii hore lama akhriyi karo: { $error }
said-cannot-show = lama muujin karo: { $error }
