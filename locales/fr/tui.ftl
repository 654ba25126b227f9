### baraza — français : les écrans du facilitateur.
### Cette traduction attend la relecture d'un facilitateur ou d'une facilitatrice
### francophone (awaits review by a native-speaking facilitator).
### Pour corriger : modifiez ce fichier, puis lancez `baraza lang check fr --files locales`.
### Les termes de la méthode sont dans glossary.ftl.

## Ligne d'état

said-language = langue : { $name }
said-language-not-kept = langue : { $name } (non mémorisée : { $error })

# L'écran entier, quand la fenêtre est trop petite.
too-small = fenêtre trop petite : { $width }×{ $height }, il faut { $min_width }×{ $min_height }

## État de l'enregistrement (bout droit de la ligne d'état)

save-unchanged = aucun changement
save-saving = enregistrement…
save-saved = enregistré { $time }
save-read-only = lecture seule
save-not-saved = NON ENREGISTRÉ
save-last-saved = dernier enregistrement { $time }
save-nothing-saved = rien d'enregistré depuis l'ouverture
save-failed = NON ENREGISTRÉ ({ $last }) : { $error } — gardé en mémoire, nouvel essai toutes les 2 s et à chaque touche
save-stopped = NON ENREGISTRÉ ({ $last }) : { $error } — les changements faits ici restent en mémoire seulement

## Indicateurs de la barre de titre

flag-wall-blank = MUR ÉTEINT
flag-blind-vote = VOTE À L'AVEUGLE
flag-example = EXEMPLE · LECTURE SEULE
flag-read-only = LECTURE SEULE
flag-room-language = salle : { $name }
flag-timer-paused = ⏸ { $time } en pause
flag-timer-up = ⏰ TEMPS ÉCOULÉ +{ $time }

## La liste des séances

list-title = baraza · séances de sécurité communautaire
list-count = { $sessions ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
}

## Messages de la ligne d'état dans une séance

said-staying = on reste
said-left-as-it-was = laissé tel quel
said-last-step = { -step-learn } est la dernière étape ; Shift+Tab revient
said-first-step = { -step-prepare } est la première étape ; Tab avance
said-nothing-to-undo = rien à annuler
said-nothing-to-redo = rien à rétablir
said-undone = annulé : { $what }
said-redone = rétabli : { $what }
said-room-view-on = écran de la salle : p à nouveau pour celui du facilitateur
said-room-view-off = écran du facilitateur : p montre celui de la salle
said-blank-on = écran de la salle éteint (titre seul) : . le rallume
said-blank-off = l'écran de la salle montre de nouveau le panneau
said-read-only = lecture seule : rien ne peut changer ici ; q, puis Entrée sur la séance, pour modifier
said-timer-stopped = minuteur arrêté
said-timer-started = minuteur : { $time } à partir de maintenant
said-timer-paused = minuteur en pause
said-timer-goes-on = le minuteur reprend
said-timer-extended = une minute de plus : reste { $time }
said-timer = minuteur

## Questions (une boîte oui/non, touches y/n)

ask-leave-not-saved = NON ENREGISTRÉ : les derniers changements n'ont pas pu être écrits ({ $error }). Quitter quand même et les perdre ?
ask-leave-form-open = Quitter ? Ce qui est tapé dans le formulaire ouvert n'est pas enregistré.

## Messages de la liste et de l'ouverture des séances

said-folder-read = dossier relu : { $sessions ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
}
said-example-next-cycle = ceci est un exemple intégré à baraza : q, puis n, ouvre une séance à vous
said-theme = thème : { $name }
said-theme-not-kept = thème : { $name } (non mémorisé : { $error })
said-migrated = fichier créé par un baraza plus ancien (version { $version }) ; une copie est gardée au premier enregistrement
said-opened-read-only = ouvert en lecture seule : rien ne peut être changé ici
said-cannot-open = ouverture impossible : { $error }
said-example-opened = un exemple, en lecture seule : parcourez chaque panneau (F1 à F6) ; q revient
said-cannot-open-example = impossible d'ouvrir l'exemple : { $error }
said-created = nouvelle séance enregistrée : ajoutez les groupes présents
said-cannot-create = impossible de créer la séance : { $error }
said-cannot-read = lecture impossible : { $error }
said-next-cycle = nouveau cycle : { $problems ->
    [one] { $problems } { -problem }
   *[other] { $problems } { -problems }
} et { $actions ->
    [one] { $actions } action ouverte reprise
   *[other] { $actions } actions ouvertes reprises
} de « { $title } »
said-no-previous = cette séance ne fait suite à aucune autre
said-previous-missing = le cycle précédent (id { $id }) n'est pas dans ce dossier
said-cannot-read-previous = impossible de lire le cycle précédent : { $error }
said-cannot-show = affichage impossible : { $error }
