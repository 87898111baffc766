import { MONTH_NAMES } from './time/lexicon';

/** Word lists for the synthetic corpus generator. Invented names: no real person or place. */

export const SYLLABLES = [
  'ka',
  'lo',
  'ven',
  'mar',
  'ti',
  'sa',
  'ren',
  'do',
  'bel',
  'or',
  'na',
  'vik',
  'tel',
  'us',
  'pra',
  'ga',
  'mi',
  'zon',
];
export const COUNTRY_SUFFIXES = ['ia', 'land', 'stan', 'ova', 'ar'];
export const ORG_PATTERNS = ['{} Council', '{} Bank', 'Ministry of {}', '{} Union', '{} Alliance'];
export const ORG_WORDS = ['Trade', 'Energy', 'Defence', 'Harbour', 'Northern', 'Central', 'Unity', 'Coastal'];
export const TOPICS: readonly { id: string; label: string; phrase: string }[] = [
  { id: 'diplomacy', label: 'Diplomacy', phrase: 'a new treaty' },
  { id: 'economy', label: 'Economy', phrase: 'trade tariffs' },
  { id: 'energy', label: 'Energy', phrase: 'a gas pipeline' },
  { id: 'conflict', label: 'Conflict', phrase: 'the border clashes' },
  { id: 'elections', label: 'Elections', phrase: 'the coming vote' },
  { id: 'health', label: 'Health', phrase: 'hospital funding' },
  { id: 'climate', label: 'Climate', phrase: 'flood defences' },
  { id: 'technology', label: 'Technology', phrase: 'chip exports' },
  { id: 'justice', label: 'Justice', phrase: 'a court ruling' },
  { id: 'transport', label: 'Transport', phrase: 'a rail link' },
];
export const VERBS = [
  'met',
  'criticised',
  'signed a deal with',
  'warned',
  'called',
  'visited',
  'praised',
  'sanctioned',
];
export const FILLERS = [
  'Officials declined to comment further.',
  'The talks had been planned for some time.',
  'Analysts expect the dispute to continue for three weeks.',
  'Reporters were not allowed inside the building.',
];
export const SOURCES = [
  'Daily Ledger',
  'Morning Wire',
  'Harbour Times',
  'Capital Post',
  'Evening Courier',
  'Global Dispatch',
  'Northern Herald',
  'River Press',
  'Summit News',
  'Plains Gazette',
  'Metro Bulletin',
  'Island Chronicle',
];
/** Month names, January first. */
export const MONTHS = MONTH_NAMES.slice(1);
