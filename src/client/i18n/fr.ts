// Le catalogue français : chaque texte de la PWA. Mêmes clés que en.ts (vérifié par le type et par un test).
import { creatorFr } from './creator.fr.ts';
import { phoneFr } from './phone.fr.ts';
import type { en } from './en.ts';
import { commonFr } from './common.fr.ts';
import { navFr } from './nav.ts';
import { clockFr, rejectionFr } from './rejection.fr.ts';
import type { Shape } from './shape.ts';
import { scheduleFr } from './schedule.fr.ts';

export const fr: Shape<typeof en> = {
  app: {
    name: 'Plan de jeu',
    skipToContent: 'Aller au plan',
    colon: '\u202f: ',
  },
  language: {
    label: 'Langue',
    fr: 'Français',
    en: 'English',
  },
  deviceName: {
    android: 'Téléphone Android',
    androidTablet: 'Tablette Android',
    iphone: 'iPhone',
    ipad: 'iPad',
    mac: 'Mac',
    windows: 'Ordinateur Windows',
    linux: 'Ordinateur Linux',
    other: 'Mon appareil',
  },
  signin: {
    heading: 'Connexion',
    intro: 'Une fois connecté, cet appareil garde le plan de jeu hors ligne.',
    deviceName: 'Nom de l’appareil',
    deviceNameHelp: 'Pour que l’admin de votre équipe distingue vos appareils.',
    submit: 'Se connecter',
    submitting: 'Connexion…',
    notSignedIn:
      'Cet appareil n’est pas connecté\u202f: ouvrez le lien de connexion que l’admin de votre équipe vous a envoyé.',
    // Neutral: « Connecté en tant que » does not agree with a woman's name.
    signedInAs: 'Compte\u202f: {{name}}',
    checking: 'Vérification du lien de connexion…',
    linkFor: 'Ce lien connecte {{name}} avec le rôle «\u202f{{role}}\u202f».',
    notYou:
      'Ce n’est pas vous\u202f? Ne vous connectez pas\u202f: demandez votre propre lien à l’admin de votre équipe.',
    roles: {
      admin: 'admin',
      planner: 'planificateur',
      editor: 'éditeur (le desk)',
      creator: 'créateur',
    },
    errors: {
      deviceNameRequired: 'Nom de l’appareil\u202f: donnez un nom à cet appareil.',
      inviteInvalid:
        'Ce lien de connexion a déjà servi ou a expiré. Demandez-en un nouveau à l’admin de votre équipe.',
      offline: 'Pas de réseau\u202f: la connexion a besoin du réseau une fois. Réessayez quand vous captez.',
      rateLimited: 'Trop de tentatives\u202f: attendez une minute puis réessayez.',
      badRequest: 'La demande de connexion a été refusée\u202f: {{message}}',
      server: 'Le serveur n’a pas pu vous connecter ({{message}}). Réessayez dans un instant.',
    },
  },
  edition: {
    label: 'Édition',
    olympic: 'Olympiques',
    paralympic: 'Paralympiques',
  },
  day: {
    heading: 'Plan de jeu du {{date}}',
    label: 'Jour',
    previous: 'Jour précédent',
    next: 'Jour suivant',
    today: 'aujourd’hui',
    loading: 'Chargement du plan…',
    noEditions: 'Pas encore de plan sur cet appareil\u202f: il arrive avec la première synchronisation.',
    noMoments: 'Aucun moment choisi ce jour-là.',
    tooManyMoments_one: '{{count}} moment choisi\u202f: l’équipe en prévoit 4 ou 5 par jour.',
    tooManyMoments_many: '{{count}} de moments choisis\u202f: l’équipe en prévoit 4 ou 5 par jour.',
    tooManyMoments_other: '{{count}} moments choisis\u202f: l’équipe en prévoit 4 ou 5 par jour.',
  },
  moment: {
    rank: 'Priorité {{rank}}',
    venue: 'Site',
    keyMoment: 'Moment clé',
    why: 'Pourquoi c’est important',
    whyAthlete: 'un rendez-vous avec l’histoire',
    whyIconic: 'Une épreuve emblématique des Jeux',
    angles: 'Angles',
    triangle: 'Le triangle',
    square: 'Le carré',
    spots: 'Spots',
    noSpots: 'Pas encore de spot.',
    creators: 'Créateurs',
    noCreators: 'Personne n’est encore affecté.',
    signatures: 'Images signature',
    noSignatures: 'Pas d’image signature prévue.',
    unknownVenue: 'Site pas encore sur cet appareil',
    unknownMember: 'Un membre pas encore sur cet appareil',
  },
  side: {
    sport: 'Sport',
    site: 'Site',
    public: 'Public',
    disability: 'Handicap',
  },
  access: {
    none: 'Pas d’accès à demander',
    'to-ask': 'Accès à demander\u202f: {{contact}}',
    asked: 'Accès demandé\u202f: {{contact}}',
    granted: 'Accès accordé\u202f: {{contact}}',
    refused: 'Accès refusé\u202f: {{contact}}',
    contactHidden: 'Contact visible des planificateurs et des créateurs affectés',
  },
  status: {
    label: 'Statut',
    planned: 'Prévue',
    'in-position': 'En position',
    captured: 'Capturée',
    selected: 'Sélectionnée',
    published: 'Publiée',
    missed: 'Manquée',
  },
  shot: {
    inPosition: 'En position',
    captured: 'Capturé',
    missed: 'Manqué',
    selected: 'Sélectionné',
    published: 'Publié',
    actions: 'Marquer « {{title}} »',
    partner: 'Coproduction avec {{partner}}',
    missedReason: 'Manquée\u202f: {{reason}}',
    waiting: 'En attente sur ce téléphone',
    rejected: 'Refusé\u202f: {{reason}}',
    failed: 'Cette modification n’a pas pu être enregistrée sur le téléphone\u202f: {{message}}',
  },
  miss: {
    heading: 'Pourquoi « {{title}} » est-elle manquée\u202f?',
    reason: 'Raison',
    reasonRequired: 'Raison\u202f: dites pourquoi en quelques mots.',
    confirm: 'Marquer manquée',
    cancel: 'Annuler',
  },
  sync: {
    label: 'Synchronisation',
    online: 'En ligne',
    offline: 'Hors ligne',
    syncing: 'Synchronisation…',
    pending_one: '{{count}} modification non envoyée',
    pending_many: '{{count}} de modifications non envoyées',
    pending_other: '{{count}} modifications non envoyées',
    allSent: 'Tout est envoyé',
    lastSync: 'Dernière synchro {{time}}',
    neverSynced: 'Pas encore synchronisé',
    more: 'Compte et stockage',
    failed: 'La dernière tentative a échoué\u202f: {{message}}',
    rejectedButton_one: '{{count}} modification refusée',
    rejectedButton_many: '{{count}} de modifications refusées',
    rejectedButton_other: '{{count}} modifications refusées',
    rejectedHeading: 'Modifications refusées',
    rejectedIntro:
      'Le serveur a refusé ces modifications. Elles restent ici pour que rien de ce que vous avez fait ne disparaisse.',
    rejectedAt: 'Faite à {{time}}',
    dismiss: 'Ignorer',
    close: 'Fermer',
    signedOut: 'Cet appareil est déconnecté.',
    signedOutHelp:
      'Il a été révoqué ou sa session a pris fin. Ces modifications restent sur ce téléphone, non envoyées\u202f: demandez un nouveau lien de connexion à l’admin de votre équipe.',
    rowsAside_one:
      '{{count}} élément du serveur demande une version plus récente de l’app\u202f: il est mis de côté. Tout le reste continue de se synchroniser\u202f; mettez à jour quand vous aurez du réseau.',
    rowsAside_many:
      '{{count}} d’éléments du serveur demandent une version plus récente de l’app\u202f: ils sont mis de côté. Tout le reste continue de se synchroniser\u202f; mettez à jour quand vous aurez du réseau.',
    rowsAside_other:
      '{{count}} éléments du serveur demandent une version plus récente de l’app\u202f: ils sont mis de côté. Tout le reste continue de se synchroniser\u202f; mettez à jour quand vous aurez du réseau.',
    updateWaiting:
      'Le serveur a une version plus récente\u202f: mettez à jour l’app quand vous aurez du réseau.',
    waitingSummary_one: '{{count}} modification gardée sur ce téléphone',
    waitingSummary_many: '{{count}} de modifications gardées sur ce téléphone',
    waitingSummary_other: '{{count}} modifications gardées sur ce téléphone',
  },
  ...commonFr,
  nav: navFr,
  // The stand-up's strings load with its screen (later.fr.ts); the creator's day shows this banner.
  standup: {
    banner: {
      changed: 'Vos affectations ont changé depuis votre dernière consultation.',
      ack: 'Vu',
    },
  },
  creator: creatorFr,
  rejection: rejectionFr,
  clock: clockFr,
  schedule: scheduleFr,
  phone: phoneFr,
};
