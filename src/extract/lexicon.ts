/**
 * The words the extractor knows: verbs of speech, titles and the offices they name, demonyms,
 * and names that stand for organizations. General English and world knowledge only: nothing here
 * is taken from the articles it is measured on.
 */

/** Lemmas of verbs that report speech ("said", "stressed", "pointed out" ...). */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'add', 'note', 'stress', 'reiterate', 'underscore', 'underline', 'warn', 'explain',
  'emphasize', 'emphasise', 'insist', 'claim', 'argue', 'suggest', 'announce', 'declare', 'acknowledge',
  'admit', 'recall', 'respond', 'reply', 'state', 'write', 'tweet', 'ask', 'urge', 'promise', 'pledge',
  'vow', 'predict', 'accuse', 'deny', 'confirm', 'concede', 'complain', 'contend', 'maintain', 'observe',
  'remark', 'comment', 'assert', 'allege', 'caution', 'testify', 'mention', 'demand', 'proclaim', 'boast',
  'joke', 'quip', 'retort', 'assure', 'lament', 'threaten', 'repeat', 'affirm', 'counter', 'charge',
  'exclaim', 'murmur', 'shout', 'agree', 'brag', 'concur', 'clarify', 'speculate', 'advise', 'recommend',
  'reassure', 'inform', 'notify', 'remind', 'brand', 'dub', 'label', 'term', 'describe', 'call',
  'dismiss', 'conclude',
]);

/** Verbs that name or qualify something: their statement is the quoted words, not a clause. */
export const NAMING_VERBS = new Set(['brand', 'dub', 'label', 'term', 'describe', 'call', 'dismiss']);

/** Verbs whose complement may be an infinitive or a request ("urged to respect ..."). */
export const DIRECTIVE_VERBS = new Set(['urge', 'ask', 'call', 'demand', 'recommend', 'advise', 'warn', 'tell']);

/** Verbs that take a person as object before their clause ("told reporters that ..."). */
export const OBJECT_VERBS = new Set(['tell', 'assure', 'reassure', 'inform', 'notify', 'remind', 'warn', 'urge', 'ask', 'advise', 'promise', 'accuse']);

/** Particles that complete a cue: "pointed out", "called for", "went on". */
export const CUE_PARTICLES: Record<string, string[]> = {
  point: ['out'],
  call: ['for', 'on'],
  spell: ['out'],
  lay: ['out'],
  go: ['on'],
  set: ['out'],
};

/** Verbs that count as cues only with their particle ("pointed out", not "pointed"). */
export const PARTICLE_ONLY = new Set(['point', 'spell', 'lay', 'go', 'set']);

/** Lower-case words inside a surname: "Ben van der Pluijm", "Bill de Blasio". */
export const NAME_PARTICLES = /^(van|von|der|den|de|di|da|del|della|du|le|la|bin|ibn|al|dos|das|ter|ten)$/;

/** A particle capitalised where it opens a surname: "De Blasio", "Van Hollen". */
export function isCapitalisedParticle(word: string): boolean {
  return /^\p{Lu}\p{Ll}*$/u.test(word) && NAME_PARTICLES.test(word.toLowerCase());
}

/** Honorifics before a name: "Mr Bannatyne", "Baroness Scotland". */
export const HONORIFICS = /^(mr|mrs|ms|miss|dr|sir|dame|lord|lady|baroness|prof)\.?$/i;

/** Pronouns that name no one in particular: "everyone would say ...", "nobody says". */
export const INDEFINITE_PRONOUNS = new Set(['everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'no one']);

export const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'we', 'they', 'you']);

/** Titles: lower-cased phrase -> the office it names (organization left open). */
export const TITLE_OFFICES: Record<string, string> = {
  'foreign minister': 'Minister of Foreign Affairs',
  'foreign affairs minister': 'Minister of Foreign Affairs',
  'minister of foreign affairs': 'Minister of Foreign Affairs',
  'minister for foreign affairs': 'Minister of Foreign Affairs',
  'top diplomat': 'Minister of Foreign Affairs',
  'chief diplomat': 'Minister of Foreign Affairs',
  'foreign secretary': 'Foreign Secretary',
  'home secretary': 'Home Secretary',
  'shadow chancellor': 'Shadow Chancellor of the Exchequer',
  'chancellor of the exchequer': 'Chancellor of the Exchequer',
  'first minister': 'First Minister',
  'deputy prime minister': 'Deputy Prime Minister',
  'mp': 'Member of Parliament',
  'mep': 'Member of the European Parliament',
  'msp': 'Member of the Scottish Parliament',
  'mla': 'Member of the Legislative Assembly',
  'mpp': 'Member of Provincial Parliament',
  'spokesman': 'Spokesman',
  'spokeswoman': 'Spokeswoman',
  'correspondent': 'Correspondent',
  'editor': 'Editor',
  'councillor': 'Councillor',
  'police chief': 'Chief of Police',
  'chief constable': 'Chief Constable',
  'coordinator': 'Coordinator',
  'co-chairman': 'Co-Chairman',
  'general secretary': 'General Secretary',
  'secretary of state': 'Secretary of State',
  'defense minister': 'Minister of Defence',
  'defence minister': 'Minister of Defence',
  'minister of defense': 'Minister of Defence',
  'minister of defence': 'Minister of Defence',
  'defense secretary': 'Secretary of Defense',
  'finance minister': 'Minister of Finance',
  'minister of finance': 'Minister of Finance',
  'treasury secretary': 'Secretary of the Treasury',
  'interior minister': 'Minister of the Interior',
  'justice minister': 'Minister of Justice',
  'economy minister': 'Minister of the Economy',
  'energy minister': 'Minister of Energy',
  'health minister': 'Minister of Health',
  'trade minister': 'Minister of Trade',
  'deputy foreign minister': 'Deputy Minister of Foreign Affairs',
  'prime minister': 'Prime Minister',
  'premier': 'Premier',
  'president': 'President',
  'vice president': 'Vice President',
  'vice-president': 'Vice President',
  'chancellor': 'Chancellor',
  'king': 'King',
  'queen': 'Queen',
  'spokesperson': 'Spokesperson',
  'press secretary': 'Press Secretary',
  'ambassador': 'Ambassador',
  'envoy': 'Envoy',
  'high representative': 'High Representative of the Union for Foreign Affairs and Security Policy',
  'foreign policy chief': 'High Representative of the Union for Foreign Affairs and Security Policy',
  'secretary-general': 'Secretary General',
  'secretary general': 'Secretary General',
  'senator': 'Senator',
  'sen.': 'Senator',
  'representative': 'Representative',
  'rep.': 'Representative',
  'congressman': 'Representative',
  'congresswoman': 'Representative',
  'governor': 'Governor',
  'gov.': 'Governor',
  'mayor': 'Mayor',
  'attorney general': 'Attorney General',
  'speaker': 'Speaker',
  'chairman': 'Chairman',
  'chairwoman': 'Chairwoman',
  'chair': 'Chair',
  'chief executive': 'Chief Executive Officer',
  'ceo': 'Chief Executive Officer',
  'director': 'Director',
  'minister': 'Minister',
  'secretary': 'Secretary',
  'leader': 'Leader',
  'head': 'Head',
  'chief': 'Chief',
  'commissioner': 'Commissioner',
  'general': 'General',
  'candidate': 'Candidate',
  'nominee': 'Nominee',
};

/**
 * Titles said the same way in every country, which take the international form above ("Foreign
 * Minister" -> Minister of Foreign Affairs). Every other title keeps the words the text gives it,
 * as its country names it: "Foreign Secretary", "Shadow Home Secretary", "Rural Affairs Minister".
 */
export const INTERNATIONAL_TITLES = new Set([
  'foreign minister', 'foreign affairs minister', 'minister of foreign affairs', 'minister for foreign affairs', 'top diplomat',
  'chief diplomat', 'defense minister', 'defence minister', 'minister of defense', 'minister of defence', 'finance minister',
  'minister of finance', 'interior minister', 'justice minister', 'economy minister', 'energy minister', 'deputy foreign minister',
  'high representative', 'foreign policy chief', 'secretary-general', 'secretary general', 'press secretary', 'sen.', 'rep.',
  'gov.', 'congressman', 'congresswoman', 'ceo', 'chief executive', 'police chief', 'mp', 'mep', 'msp', 'mla', 'mpp',
  'shadow chancellor', 'chancellor of the exchequer',
]);

/** Words that qualify a title and belong to it: "Shadow Home Secretary", "Rural Affairs Minister". */
export const TITLE_QUALIFIERS = new Set([
  'shadow', 'former', 'deputy', 'acting', 'junior', 'senior', 'assistant', 'associate', 'interim', 'vice', 'co', 'first', 'executive',
  'managing', 'general', 'chief', 'principal', 'home', 'foreign', 'health', 'culture', 'education', 'defence', 'defense', 'rural',
  'affairs', 'work', 'pensions', 'trade', 'industry', 'transport', 'environment', 'treasury', 'cabinet', 'office', 'justice',
  'constitutional', 'interior', 'finance', 'economic', 'economy', 'energy', 'immigration', 'europe', 'political', 'parliamentary',
  'national', 'regional', 'labour', 'police', 'crime', 'security', 'science', 'technology', 'agriculture', 'fisheries',
  'communities', 'housing', 'children', 'families', 'sport', 'sports', 'tourism', 'arts', 'media', 'digital', 'procurement',
  'international', 'development', 'business', 'enterprise', 'employment', 'local', 'government', 'campaign', 'election',
  'environmental', 'legal', 'medical', 'public', 'safety', 'and', 'press', 'communications', 'policy', 'staff', 'northern',
  'ireland', 'scotland', 'wales', 'scottish', 'welsh', 'indigenous', 'transportation', 'infrastructure', 'natural', 'resources',
  'fire', 'emergency', 'veterans', 'status', 'women', 'youth', 'seniors', 'mental', 'revenue', 'customs', 'citizenship',
]);

/** Parties named by an adjective before a title: "Tory leader", "Labour MP", "NDP critic". */
export const PARTY_WORDS: Record<string, string> = {
  tory: 'Conservative Party', tories: 'Conservative Party', conservative: 'Conservative Party', labour: 'Labour Party',
  'lib dem': 'Liberal Democrats', 'lib dems': 'Liberal Democrats', 'liberal democrat': 'Liberal Democrats', 'liberal democrats': 'Liberal Democrats', snp: 'Scottish National Party', ukip: 'UK Independence Party', 'uk independence party': 'UK Independence Party',
  ndp: 'New Democratic Party', liberal: 'Liberal Party', republican: 'Republican Party', democratic: 'Democratic Party',
  democrat: 'Democratic Party', green: 'Green Party', 'plaid cymru': 'Plaid Cymru', veritas: 'Veritas', 'bloc quebecois': 'Bloc Québécois',
};

/** Outlets and the country whose offices their articles name without saying so ("the prime minister"). */
export const OUTLET_COUNTRIES: Record<string, string> = {
  bbc: 'United Kingdom', 'bbc news': 'United Kingdom', guardian: 'United Kingdom', 'the guardian': 'United Kingdom', times: 'United Kingdom',
  'the times': 'United Kingdom', telegraph: 'United Kingdom', 'the telegraph': 'United Kingdom', independent: 'United Kingdom',
  'daily mail': 'United Kingdom', 'sky news': 'United Kingdom', itv: 'United Kingdom', 'financial times': 'United Kingdom',
  cbc: 'Canada', 'cbc news': 'Canada', ctv: 'Canada', 'ctv news': 'Canada', 'global news': 'Canada', 'globe and mail': 'Canada',
  'the globe and mail': 'Canada', 'national post': 'Canada', 'toronto star': 'Canada', 'huffington post canada': 'Canada',
  'huffpost canada': 'Canada', 'the canadian press': 'Canada', 'canadian press': 'Canada',
  cnn: 'United States', 'fox news': 'United States', 'new york times': 'United States', 'the new york times': 'United States',
  'washington post': 'United States', 'the washington post': 'United States', breitbart: 'United States', politico: 'United States',
  npr: 'United States', 'usa today': 'United States', 'wall street journal': 'United States', msnbc: 'United States',
  tass: 'Russia', 'ria novosti': 'Russia', interfax: 'Russia', 'rt': 'Russia', 'abc news': 'United States', 'cbs news': 'United States',
  'nbc news': 'United States', 'the hill': 'United States', 'abc australia': 'Australia', 'sydney morning herald': 'Australia',
  'irish times': 'Ireland', 'rte': 'Ireland', 'times of india': 'India', 'the hindu': 'India', 'al jazeera': 'Qatar',
};

/** Country-code domains of outlets' addresses. */
export const DOMAIN_COUNTRIES: Record<string, string> = {
  uk: 'United Kingdom', ca: 'Canada', au: 'Australia', ie: 'Ireland', in: 'India', nz: 'New Zealand', ru: 'Russia', de: 'Germany', fr: 'France',
};

/** Occupations written before a name: "Coach Stephen Gillis", "Author Cecil Foster"; they are no part of the name. */
export const OCCUPATIONS = new Set([
  'coach', 'author', 'writer', 'novelist', 'poet', 'professor', 'prof', 'doctor', 'dr', 'nurse', 'lawyer', 'attorney', 'barrister',
  'solicitor', 'judge', 'justice', 'detective', 'inspector', 'constable', 'sergeant', 'sgt', 'officer', 'captain', 'capt', 'colonel',
  'lieutenant', 'admiral', 'major', 'corporal', 'private', 'analyst', 'economist', 'researcher', 'scientist', 'historian', 'expert',
  'activist', 'advocate', 'organizer', 'organiser', 'founder', 'co-founder', 'owner', 'manager', 'pastor', 'bishop', 'archbishop',
  'reverend', 'rabbi', 'imam', 'elder', 'councillor', 'councilor', 'alderman', 'trustee', 'superintendent', 'principal', 'teacher',
  'student', 'player', 'goaltender', 'goalie', 'defenceman', 'defenseman', 'forward', 'striker', 'quarterback', 'pitcher', 'golfer',
  'singer', 'actor', 'actress', 'artist', 'musician', 'filmmaker', 'producer', 'host', 'anchor', 'columnist', 'reporter',
  'correspondent', 'editor', 'photographer', 'chef', 'barber', 'farmer', 'resident', 'witness', 'spokesman', 'spokeswoman', 'mp',
  'mep', 'msp', 'mla', 'mpp', 'tory', 'labour', 'liberal', 'conservative', 'ndp', 'democrat', 'republican', 'political', 'economics',
  'chief', 'commissioner', 'deputy', 'shadow', 'former', 'grand', 'coroner', 'sheriff', 'warden', 'ombudsman', 'auditor',
  'supervisor', 'adviser', 'advisor', 'journalist', 'assemblyman', 'assemblywoman', 'assemblymember', 'comedian', 'commentator',
  'pundit', 'strategist', 'pollster', 'consultant', 'billionaire', 'businessman', 'businesswoman', 'entrepreneur', 'investor',
]);

/** Offices held in one organization whatever the demonym says: "Kremlin spokesman". */
export const ORGANIZATION_TITLES: Record<string, { title: string; organization: string }> = {
  'kremlin spokesman': { title: 'Press Secretary of the President of Russia', organization: 'Kremlin' },
  'kremlin spokeswoman': { title: 'Press Secretary of the President of Russia', organization: 'Kremlin' },
  'kremlin spokesperson': { title: 'Press Secretary of the President of Russia', organization: 'Kremlin' },
  'kremlin press secretary': { title: 'Press Secretary of the President of Russia', organization: 'Kremlin' },
  'white house press secretary': { title: 'White House Press Secretary', organization: 'White House' },
  'white house spokesman': { title: 'White House Press Secretary', organization: 'White House' },
  'eu high representative': { title: 'High Representative of the Union for Foreign Affairs and Security Policy', organization: 'European Union' },
  'eu foreign policy chief': { title: 'High Representative of the Union for Foreign Affairs and Security Policy', organization: 'European Union' },
  'nato secretary general': { title: 'Secretary General', organization: 'NATO' },
  'nato secretary-general': { title: 'Secretary General', organization: 'NATO' },
  'un secretary general': { title: 'Secretary-General', organization: 'United Nations' },
  'un secretary-general': { title: 'Secretary-General', organization: 'United Nations' },
};

/** Demonyms and adjectives of countries: "Russian" -> Russia. */
export const DEMONYMS: Record<string, string> = {
  russian: 'Russia', italian: 'Italy', american: 'United States', 'u.s.': 'United States', us: 'United States',
  british: 'United Kingdom', 'u.k.': 'United Kingdom', uk: 'United Kingdom', french: 'France', german: 'Germany',
  chinese: 'China', japanese: 'Japan', ukrainian: 'Ukraine', polish: 'Poland', spanish: 'Spain',
  turkish: 'Turkey', iranian: 'Iran', iraqi: 'Iraq', israeli: 'Israel', palestinian: 'Palestine',
  syrian: 'Syria', indian: 'India', pakistani: 'Pakistan', afghan: 'Afghanistan', canadian: 'Canada',
  mexican: 'Mexico', brazilian: 'Brazil', australian: 'Australia', saudi: 'Saudi Arabia', egyptian: 'Egypt',
  korean: 'South Korea', 'south korean': 'South Korea', 'north korean': 'North Korea', belarusian: 'Belarus',
  georgian: 'Georgia', armenian: 'Armenia', azerbaijani: 'Azerbaijan', kazakh: 'Kazakhstan', serbian: 'Serbia',
  hungarian: 'Hungary', czech: 'Czech Republic', slovak: 'Slovakia', romanian: 'Romania', bulgarian: 'Bulgaria',
  greek: 'Greece', dutch: 'Netherlands', belgian: 'Belgium', swedish: 'Sweden', finnish: 'Finland',
  norwegian: 'Norway', danish: 'Denmark', austrian: 'Austria', swiss: 'Switzerland', portuguese: 'Portugal',
  irish: 'Ireland', estonian: 'Estonia', latvian: 'Latvia', lithuanian: 'Lithuania', venezuelan: 'Venezuela',
  cuban: 'Cuba', argentine: 'Argentina', argentinian: 'Argentina', chilean: 'Chile', colombian: 'Colombia',
  nigerian: 'Nigeria', 'south african': 'South Africa', kenyan: 'Kenya', ethiopian: 'Ethiopia',
  vietnamese: 'Vietnam', thai: 'Thailand', indonesian: 'Indonesia', filipino: 'Philippines',
  malaysian: 'Malaysia', qatari: 'Qatar', emirati: 'United Arab Emirates', jordanian: 'Jordan',
  lebanese: 'Lebanon', libyan: 'Libya', moldovan: 'Moldova', croatian: 'Croatia', slovenian: 'Slovenia',
  european: 'European Union', eu: 'European Union',
};

/** Countries and the places that stand for them in news ("Moscow said"). */
export const COUNTRY_NAMES: Record<string, string> = {
  russia: 'Russia', 'russian federation': 'Russia', moscow: 'Russia',
  ukraine: 'Ukraine', kyiv: 'Ukraine', kiev: 'Ukraine',
  'united states': 'United States', 'u.s.': 'United States', us: 'United States', usa: 'United States', america: 'United States', washington: 'United States',
  china: 'China', beijing: 'China', italy: 'Italy', rome: 'Italy', france: 'France', paris: 'France',
  germany: 'Germany', berlin: 'Germany', 'united kingdom': 'United Kingdom', britain: 'United Kingdom', uk: 'United Kingdom', london: 'United Kingdom',
  japan: 'Japan', tokyo: 'Japan', iran: 'Iran', tehran: 'Iran', israel: 'Israel', turkey: 'Turkey', ankara: 'Turkey',
  poland: 'Poland', warsaw: 'Poland', india: 'India', 'new delhi': 'India', canada: 'Canada', ottawa: 'Canada',
  mexico: 'Mexico', brazil: 'Brazil', syria: 'Syria', damascus: 'Syria', iraq: 'Iraq', baghdad: 'Iraq',
  'north korea': 'North Korea', pyongyang: 'North Korea', 'south korea': 'South Korea', seoul: 'South Korea',
  belarus: 'Belarus', minsk: 'Belarus', georgia: 'Georgia', spain: 'Spain', madrid: 'Spain', greece: 'Greece',
  'saudi arabia': 'Saudi Arabia', riyadh: 'Saudi Arabia', egypt: 'Egypt', cairo: 'Egypt', pakistan: 'Pakistan',
  afghanistan: 'Afghanistan', kabul: 'Afghanistan', venezuela: 'Venezuela', cuba: 'Cuba', havana: 'Cuba',
  hungary: 'Hungary', budapest: 'Hungary', serbia: 'Serbia', belgrade: 'Serbia', netherlands: 'Netherlands',
  sweden: 'Sweden', finland: 'Finland', norway: 'Norway', denmark: 'Denmark', austria: 'Austria', vienna: 'Austria',
  switzerland: 'Switzerland', australia: 'Australia', qatar: 'Qatar', lebanon: 'Lebanon', libya: 'Libya',
};

/** Organizations known by name, with their kind. */
export const KNOWN_ORGANIZATIONS: Record<string, { name: string; kind: 'INTERGOVERNMENTAL' | 'GOVERNMENT_BODY' | 'MEDIA' | 'PARTY' }> = {
  eu: { name: 'European Union', kind: 'INTERGOVERNMENTAL' },
  'european union': { name: 'European Union', kind: 'INTERGOVERNMENTAL' },
  nato: { name: 'NATO', kind: 'INTERGOVERNMENTAL' },
  'the alliance': { name: 'NATO', kind: 'INTERGOVERNMENTAL' },
  osce: { name: 'OSCE', kind: 'INTERGOVERNMENTAL' },
  un: { name: 'United Nations', kind: 'INTERGOVERNMENTAL' },
  'u.n.': { name: 'United Nations', kind: 'INTERGOVERNMENTAL' },
  'united nations': { name: 'United Nations', kind: 'INTERGOVERNMENTAL' },
  'nato-russia council': { name: 'NATO-Russia Council', kind: 'INTERGOVERNMENTAL' },
  kremlin: { name: 'Kremlin', kind: 'GOVERNMENT_BODY' },
  'white house': { name: 'White House', kind: 'GOVERNMENT_BODY' },
  pentagon: { name: 'Pentagon', kind: 'GOVERNMENT_BODY' },
  'state department': { name: 'United States Department of State', kind: 'GOVERNMENT_BODY' },
  'foreign ministry': { name: 'Ministry of Foreign Affairs', kind: 'GOVERNMENT_BODY' },
  congress: { name: 'United States Congress', kind: 'GOVERNMENT_BODY' },
  tass: { name: 'TASS', kind: 'MEDIA' },
  reuters: { name: 'Reuters', kind: 'MEDIA' },
  'associated press': { name: 'Associated Press', kind: 'MEDIA' },
};

/** Head nouns of organizations: "the ministry said", "the Green Party said". */
/** Common nouns for bodies that are no organization's own name: "the company", "the app", "the city". */
export const BODY_NOUNS = new Set(['company', 'firm', 'app', 'website', 'site', 'platform', 'brand', 'maker', 'giant', 'retailer', 'chain', 'startup', 'start-up', 'provider', 'operator', 'carrier', 'manufacturer', 'producer', 'developer', 'publisher', 'broadcaster', 'outlet', 'charity', 'nonprofit', 'non-profit', 'organization', 'organisation', 'body', 'regulator', 'watchdog', 'utility', 'insurer', 'lender', 'airline', 'band', 'team', 'province', 'city', 'town', 'country', 'state', 'region', 'county', 'village', 'island']);

/** Nouns for things that are given names ("an app called Facebook Research", "a show called ..."), besides bodies. */
export const THING_NOUNS = new Set(['show', 'book', 'film', 'movie', 'album', 'song', 'operation', 'scheme', 'plan', 'bill', 'tool', 'device', 'product', 'spa', 'stream', 'event', 'tournament', 'game', 'podcast', 'documentary', 'series', 'hotel', 'restaurant', 'ship', 'boat']);

export const ORGANIZATION_HEADS = new Set([
  'ministry', 'department', 'agency', 'office', 'council', 'committee', 'commission', 'party', 'government',
  'administration', 'campaign', 'company', 'corporation', 'inc.', 'corp.', 'union', 'court', 'parliament',
  'senate', 'house', 'embassy', 'bank', 'group', 'organization', 'organisation', 'association', 'foundation',
  'institute', 'university', 'police', 'army', 'military', 'service', 'bureau', 'board', 'authority', 'network',
  'newspaper', 'times', 'post', 'journal', 'news', 'fund', 'wire', 'daily', 'herald', 'tribune', 'gazette',
  'telegraph', 'press', 'radio', 'television', 'tv', 'channel', 'magazine',
]);

/** Words that open a clause before a sentence's subject ("As his lead held, his campaign ...", "As the school reopened, Mitch McConnell blamed ..."). */
export const LEADING_SUBORDINATE = /^(as|when|while|although|though|because|if|since|after|before|once|with|despite|even as|even though)\b/i;

/** A member of a party, in the singular ("the Kentucky Republican"). */
export const PARTY_MEMBERS = new Set(['republican', 'democrat', 'conservative', 'liberal', 'tory', 'socialist', 'nationalist', 'independent']);

/** Whether a word names a people or a party's members in the plural: "Americans", "Democrats", "Tories". */
export function isPluralPeople(word: string): boolean {
  const lower = word.toLowerCase();
  const singular = lower.replace(/ies$/, 'y').replace(/s$/, '');
  return singular !== lower && (singular in DEMONYMS || PARTY_MEMBERS.has(singular));
}
