### baraza — français : les termes de la méthode (glossaire).
###
### CETTE TRADUCTION ATTEND LA RELECTURE d'un facilitateur ou d'une
### facilitatrice dont le français est la langue de travail courante.
### Pour la corriger : modifiez ce fichier (ou un autre de locales/fr/),
### puis lancez `baraza lang check fr --files locales` (messages non traduits, identifiants
### inconnus, variables erronées, erreurs de syntaxe).
###
### Chaque message de cette langue emploie ces termes ({ -problem }, etc.) :
### un terme changé ici change partout. Variante « cap » : majuscule en début
### de phrase ou de titre ({ -problem(form: "cap") }).
### La méthode : le cycle de sécurité communautaire de Saferworld
### (préparation ; identification et priorisation des problèmes ;
### planification ; mise en œuvre et suivi ; évaluation et apprentissage).

# Un problème de sécurité que la communauté nomme (vols au marché, conflits
# fonciers…). Masculin.
-problem = { $form ->
   *[plain] problème
    [cap] Problème
}
-problems = { $form ->
   *[plain] problèmes
    [cap] Problèmes
}
# Ce qui se trouve sous un problème (« pas d'éclairage public »). Féminin.
-cause = cause
# Ce qu'entraîne un problème (« les commerçants ferment tôt »). Masculin.
# (« conséquence » est aussi courant : à voir à la relecture.)
-effect = effet
# Un groupe de participants (femmes, hommes, jeunes, aînés, police,
# autorités locales). Masculin.
-group = groupe
# Chaque participant place quelques points (gommettes) sur les problèmes
# qui comptent le plus. Masculin.
-dot = point
-dot-voting = vote par points
# Chaque paire de problèmes retenus est comparée : lequel compte le plus, et
# pourquoi. Féminin.
-pairwise = comparaison par paires
# Chaque problème noté de 1 à 5 sur chaque critère (fréquence, gravité…).
-criteria-scoring = notation par critères
-criterion = critère
# Les premiers problèmes que l'assemblée retient pour la planification.
-shortlist = liste restreinte
# Deux problèmes ou plus au même score ; départagés seulement par une
# décision consignée (second tour, résultat des paires, motif du
# facilitateur).
-tie = égalité
-tie-break = départage
-run-off = second tour
# Ce qui sera fait, par qui, avec qui, pour quand.
-action-plan = plan d'action
# Féminin.
-action = action
# Comment l'assemblée saura qu'une action a réussi. Masculin.
-indicator = indicateur de réussite
# Suivre chaque action dans les semaines qui suivent l'atelier.
-monitor = suivi
-progress-note = note de suivi
# Ce qui a marché, ce qui n'a pas marché, leçons, améliorations.
-lessons = leçons apprises
# Les étapes du cycle, telles que la barre d'étapes les nomme.
# Courts, pour que les six tiennent sur la barre d'étapes à 80 colonnes (46
# lettres en tout au plus) : « Prioriser » et « Apprendre » y étaient coupés.
-step-prepare = Préparer
-step-identify = Identifier
-step-rank = Classer
-step-plan = Planifier
-step-monitor = Suivre
-step-learn = Bilan
# La personne qui anime l'atelier.
-facilitator = facilitateur
# La réunion communautaire ouverte elle-même (« baraza » en RDC et en
# Afrique de l'Est).
-baraza = assemblée communautaire

## Termes en plus (pas encore dans le glossaire anglais).

-session = séance
-cycle = cycle
-overdue = en retard
-responsible = responsable
-score-card = fiche d'évaluation
-provider = prestataire
-where-when = où et quand
-escalation = saisine
# Fiche d'évaluation : ce sur quoi la salle juge un service (« vient quand
# on appelle ») ; pas l'indicateur de réussite d'une action.
-card-indicator = indicateur
# Le point de départ de la fiche : la note de la communauté avant les actions.
-baseline = situation de référence
# Un lieu tel que la salle le nomme (la route du marché, le forage).
-place = lieu
# Matin, après-midi, soir, nuit.
-time-of-day = moment de la journée
# Le suivi d'un problème porté au-delà de la communauté : auprès de qui, les réponses.
-follow-up = suivi
