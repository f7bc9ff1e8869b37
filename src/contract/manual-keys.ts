/**
 * The keys `manuel.csv` may hold: figures that no export contains. An unknown key is an
 * error, so a typo never silently drops a figure. The list is the documentation
 * (`alpes-report schema` prints it).
 */
export const MANUAL_KEYS = {
  'service_civique.professionnels': 'Professionnels de la ML affectés au Service Civique',
  'service_civique.engages_agrement_ml': 'Jeunes engagés en Service Civique dans le cadre de l’agrément ML',
  'citoyennete.accompagner_autrement.jeunes': 'Jeunes ayant témoigné (action « Accompagner autrement »)',
  'citoyennete.accompagner_autrement.missions_locales': 'Missions Locales mobilisées (« Accompagner autrement »)',
  'mobilite_internationale.accompagnes_individuel': 'Jeunes accompagnés en individuel à l’issue des ateliers Mobilité Internationale',
  'mobilite_internationale.orientes_partenaires': 'Jeunes orientés vers des structures partenaires (ADICE…)',
  'cej.professionnels': 'Professionnels affectés au CEJ',
  'coaching.individuel': 'Jeunes reçus en coaching individuel',
  'sante.cpam': 'Jeunes reçus en entretien par la Déléguée Sociale de la CPAM',
  'sante.pasteur': 'Jeunes ayant réalisé un bilan de santé (Institut Pasteur)',
  'sante.ars': 'Jeunes ayant participé aux actions Santé (convention ARS)',
  'sante.pae.jeunes': 'Jeunes accompagnés par la Permanence Accueil Écoute',
  'sante.pae.entretiens': 'Entretiens réalisés par la Permanence Accueil Écoute',
  'sante.pae.groupes_parole': 'Ateliers « groupe de parole libre »',
  'sante.pae.casse_ton_cliche': 'Ateliers « Casse ton cliché »',
  'sante.pae.reunions_mobilite': 'Réunions de préparation des publics (Mobilité Internationale)',
  'sante.pae.reunions_analyse_pratiques': 'Réunions d’analyse des pratiques',
  'sante.pae.reunions_reseau_psy': 'Réunions du réseau des psychologues',
  'obligation_formation.en_regle': 'Jeunes mineurs en règle avec l’Obligation de Formation',
  'lycee_pro.pae.annee_precedente.mno': 'PAE, année scolaire (Y-1)/Y : jeunes du territoire',
  'lycee_pro.pae.annee_precedente.orientes': 'PAE, année scolaire (Y-1)/Y : jeunes orientés vers une autre ML',
  'lycee_pro.pae.annee_courante.mno': 'PAE, année scolaire Y/(Y+1) : jeunes du territoire',
  'lycee_pro.pae.annee_courante.orientes': 'PAE, année scolaire Y/(Y+1) : jeunes orientés vers une autre ML',
  'lycee_pro.tdo.annee_courante.mno': 'TDO, année scolaire Y/(Y+1) : jeunes du territoire',
  'lycee_pro.tdo.annee_courante.orientes': 'TDO, année scolaire Y/(Y+1) : jeunes orientés vers une autre ML',
  'avenir_pro.sessions.atelier_1': 'Avenir Pro : sessions de l’atelier 1',
  'avenir_pro.sessions.atelier_2': 'Avenir Pro : sessions de l’atelier 2',
  'avenir_pro.sessions.atelier_3': 'Avenir Pro : sessions de l’atelier 3',
  'avenir_pro.participants': 'Avenir Pro : lycéens participants',
  'fonds_ml.formations_individuelles': 'Formations individuelles financées par le Fonds ML (aides indirectes)',
  'handicap.permis_conseil_regional': 'Jeunes accompagnés dans le cadre de l’aide au financement du Permis B (Conseil Régional)',
  'plie.accompagnement_social.actions': 'PLIE, Accompagnement social : actions collectives mises en œuvre',
  'plie.accompagnement_social.participants': 'PLIE, Accompagnement social : participants',
  'plie.accompagnement_social.heures': 'PLIE, Accompagnement social : heures d’accompagnement',
  'plie.formations.conventions': 'PLIE, Formations / Prestations : conventions de formation',
  'plie.formations.organismes': 'PLIE, Formations / Prestations : organismes de formation',
  'plie.formations.validees': 'PLIE : participants ayant suivi et validé une formation professionnalisante',
  'plie.permis.obtenus': 'PLIE, formation au permis de conduire : permis obtenus',
  'plie.permis.en_cours': 'PLIE, formation au permis de conduire : parcours en cours au 31/12',
  'plie.permis.non_obtenus': 'PLIE, formation au permis de conduire : permis non obtenus',
  'mde.parrains': 'Parrains mobilisés pour parrainer des demandeurs d’emploi du territoire',
  'mde.salon.edition': 'Numéro de l’édition du salon organisé par la MDE (« 18e édition »)',
  'mde.salon.villages_sectoriels': 'Villages sectoriels du salon organisé par la MDE',
  'labellisation.notes_4': 'Critères notés 4/4',
  'labellisation.notes_3': 'Critères notés 3/4',
  'labellisation.notes_2': 'Critères notés 2/4',
  'labellisation.notes_1': 'Critères notés 1/4',
} as const satisfies Record<string, string>;

export type ManualKey = keyof typeof MANUAL_KEYS;

export function isManualKey(key: string): key is ManualKey {
  return Object.hasOwn(MANUAL_KEYS, key);
}
