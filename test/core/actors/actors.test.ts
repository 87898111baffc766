import { describe, expect, it } from 'vitest';
import { findActorCandidates, findActors, findCredits, mergeActors } from '../../../src/core/actors';
import { shortHash } from '../../../src/core/hash';
import { normalizePhrase, tokenize } from '../../../src/core/actors/tokens';

const ids = (text: string) => findActors(text).actors.map((a) => a.id);
const actor = (text: string, id: string) => findActors(text).actors.find((a) => a.id === id);
/** The id of a state's body named by its word alone in a text that names none of its countries: that text's own. */
const ownBody = (word: string, articleId = 'a') => `org:${word}-${shortHash(articleId, 6)}`;

describe('findActors(text)', () => {
  describe('merges aliases of one person', () => {
    it.each([
      [
        'Mr. Novak arrived on Monday. Tomas J. Novak, the prime minister, said the talks went well. Tomas Novak left. Novak said goodbye.',
        'person:tomas-novak',
        'Tomas J. Novak',
        ['Mr. Novak', 'Novak', 'Tomas Novak'],
      ],
      [
        'Chinese President Li Weiming spoke first. Mr. Li said he was pleased, and Li Weiming left.',
        'person:li-weiming',
        'Li Weiming',
        ['Li'],
      ],
      [
        'Foreign Minister Anna Berg met the press. Berg told reporters that Ms. Berg would return.',
        'person:anna-berg',
        'Anna Berg',
        ['Berg', 'Ms. Berg'],
      ],
      // A surname alone keeps its particles, capitalised at a sentence's start or not.
      [
        'Minister Karin van der Molen spoke. Van der Molen said no, and later van der Molen left.',
        'person:karin-van-der-molen',
        'Karin van der Molen',
        ['Van der Molen', 'van der Molen'],
      ],
    ])('%j -> %s', (text, id, name, forms) => {
      const found = actor(text, id);
      expect(found).toMatchObject({ kind: 'person', name });
      // Mention texts keep the honorific out of the name but the alias list shows every form met.
      const mentionTexts = findActors(text)
        .mentions.filter((m) => m.actorId === id)
        .map((m) => m.text);
      for (const form of forms)
        expect(
          [...found!.aliases, ...mentionTexts].some(
            (a) => a === form || `Mr. ${a}` === form || `Ms. ${a}` === form,
          ),
        ).toBe(true);
      expect(findActors(text).actors.filter((a) => a.kind === 'person')).toHaveLength(1);
    });
  });

  describe('countries from names, demonyms, capitals and seats of government', () => {
    it.each([
      ['Russian troops crossed the river.', 'country:RU'],
      ['Officials in Beijing declined to comment.', 'country:CN'],
      ['The Kremlin said the meeting was useful.', 'country:RU'],
      ['Matignon said the door remained open.', 'country:FR'],
      ['A statement from the White House followed.', 'country:US'],
      ['Talks in Kyiv resumed.', 'country:UA'],
      ['Washington imposed new tariffs.', 'country:US'],
      ['Trade with the United States grew.', 'country:US'],
      ['The People’s Republic of China objected.', 'country:CN'],
      ['Jordan closed its border.', 'country:JO'],
      ['U.S. officials said nothing.', 'country:US'],
    ])('%j -> %s', (text, id) => {
      expect(ids(text)).toContain(id);
    });

    it('gives both the country and the person in "Chinese President Xi Jinping"', () => {
      const found = findActors('Chinese President Xi Jinping opened the forum.');
      expect(found.actors.map((a) => a.id).sort()).toEqual(['country:CN', 'person:xi-jinping']);
      expect(found.mentions.map((m) => m.text)).toEqual(['Chinese', 'Xi Jinping']);
    });

    it.each([
      ['Envoys will travel to Port Sudan next week.'],
      ['Farmers live on the slopes of Mount Kenya.'],
    ])('reads a port or a mountain named after a country as no body: %j', (text) => {
      expect(ids(text).filter((id) => id.startsWith('org:'))).toEqual([]);
    });
  });

  describe('organisations from cue words, known names and acronyms', () => {
    it('links an acronym in parentheses to its long form, in the same article', () => {
      const text = 'The Global Maritime Institute (GMI) published a report. The GMI said ships were delayed.';
      const found = findActors(text);
      const org = found.actors.find((a) => a.kind === 'organisation');
      expect(org).toMatchObject({
        id: 'org:global-maritime-institute',
        name: 'Global Maritime Institute',
        aliases: ['GMI'],
      });
      expect(found.mentions.filter((m) => m.actorId === org!.id)).toHaveLength(3);
    });
    it.each([
      ['Researchers at Jilin University disagreed.', 'org:jilin-university'],
      ['The Supreme Court of Kenya ruled on Friday.', 'org:supreme-court-of-kenya'],
      ['Hamas fighters crossed the fence.', 'org:hamas'],
      ['NATO allies met in Brussels.', 'org:north-atlantic-treaty-organization'],
      // A body's number in a series, after "the", opens its name: the 5th circuit is not the 7th.
      [
        'An appeal went to the 5th Zelwyn Circuit Court of Appeals.',
        'org:5th-zelwyn-circuit-court-of-appeals',
      ],
      ['Tanks of the 12th Motorised Brigade moved north.', 'org:12th-motorised-brigade'],
    ])('%j -> %s', (text, id) => {
      expect(ids(text)).toContain(id);
    });
    // (Not a firm's name with an edition's number: "the 18th Kiln & Glaze fair".)
    it('leaves an edition’s number out of a firm’s name', () => {
      expect(ids('The 18th Kiln & Glaze fair opened on Sunday.')).not.toContain('org:18th-kiln-glaze');
    });
    it.each([
      // A person and where they work: "of" joins them, but the person is no part of the name.
      ['said Helen Marsh of the University of Surrey.', ['person:helen-marsh', 'org:university-of-surrey']],
      ['said Alan Whitford of Duke University.', ['person:alan-whitford', 'org:duke-university']],
      ['said Mayor Anna Berg of the Green Party.', ['person:anna-berg', 'org:green-party']],
      // A titled person and an organisation joined by "and" are two names, as are two
      // organisations whose second opens with its cue word.
      [
        'German Chancellor Olaf Scholz and Bank of England Governor Andrew Bailey met.',
        ['country:DE', 'org:bank-of-england', 'person:andrew-bailey', 'person:olaf-scholz'],
      ],
      [
        'Officials from the Ministry of Health and Bank of Greece met.',
        ['org:bank-of-greece', 'org:ministry-of-health'],
      ],
      [
        'Talks between the Bank of England and the European Central Bank resumed.',
        ['org:bank-of-england', 'org:european-central-bank'],
      ],
      ['Network Rail said the line would reopen.', ['org:network-rail']],
      ['The Red Cross said aid was arriving.', ['org:red-cross']],
      // Companies without a cue word, and capitals that are first names.
      ['Goldman Sachs said on Tuesday it would cut jobs.', ['org:goldman-sachs']],
      ['Morgan Stanley raised its forecast.', ['org:morgan-stanley']],
      ['Stanley Johnson said it was wrong.', ['person:stanley-johnson']],
      ['Troops landed at Stanley, the capital of the Falkland Islands.', ['country:FK']],
      // A capital shared with better-known places, or a country with a US state, needs its
      // country named another way too.
      ['Storms hit Hamilton and Kingston on Friday.', []],
      ['KINGSTON, Jamaica (AP) - Storms hit Kingston on Friday.', ['country:JM']],
      ['Polls in Virginia and Georgia opened at 7 a.m.', []],
      ['TBILISI (Reuters) - Georgia beat Wales.', ['country:GB', 'country:GE']],
      // "Island" is no other name of Iceland.
      ['Ferries to Long Island and Rhode Island were cancelled.', []],
      // A sovereign's or pope's one name keeps the title, and a regnal number.
      ['Prince William visited Cardiff on Monday.', ['person:prince-william']],
      ['Queen Elizabeth II died in 2022.', ['person:queen-elizabeth-ii']],
      ['Pope Benedict XVI resigned.', ['person:pope-benedict-xvi']],
      ['Crown Prince Mohammed bin Salman met the envoy.', ['person:mohammed-bin-salman']],
      // A royal title after a name is its surname; "General" before a cue word is no title.
      ['The Rev. Martin Luther King Jr. was the last speaker.', ['person:martin-luther-king-jr']],
      ['She joined Leeds General Infirmary in 1948.', ['org:leeds-general-infirmary']],
      ['Portland General Electric asked customers to conserve.', ['org:portland-general-electric']],
      ['Attorney General Merrick Garland said so.', ['person:merrick-garland']],
      // A US state is nobody's name.
      ['Ohio and Florida follow on March 15.', []],
      // One word between two titles is part of the title.
      ['Deputy Shipping Minister Nikos Varelas said on Tuesday.', ['person:nikos-varelas']],
      ['Detective Chief Inspector Ruth May, who leads the inquiry, said so.', ['person:ruth-may']],
      // Job titles before a name.
      ['Seismologist Ben Farrow said the swarm was easing.', ['person:ben-farrow']],
      ['County Treasurer Anil Mehta said the fund was solvent.', ['person:anil-mehta']],
      // "Prof" is a title with or without its dot.
      ['Not quickly, said Prof Alasdair Rennie.', ['person:alasdair-rennie']],
      // "said" before a name makes it a person's within its sentence only.
      ['"Not yet," said Anna Berg.', ['person:anna-berg']],
      ['She said. Radio Kestova, a broadcaster, reported gunfire.', ['org:radio-kestova']],
      // Nor a verb after a name after another's "of": the verb is that one's.
      ['Dr Anna Berg of Kestova du Monde said it was bad.', ['person:anna-berg']],
      // Not a person: what follows "of" is no name.
      ['It was the worst since the Great Storm of 1987.', []],
      // Names that hold "of" or "and" themselves stay whole.
      ['The House of Delegates Judiciary Committee voted.', ['org:house-of-delegates-judiciary-committee']],
      ['The Farmers and Merchants Bank opened a branch.', ['org:farmers-and-merchants-bank']],
      // An inspectorate is a body.
      [
        'Inspectors from the Kestrel Schools Inspectorate visited twice.',
        ['org:kestrel-schools-inspectorate'],
      ],
      ['She studied at the University of California Press.', ['org:university-of-california-press']],
    ])('%j -> %j', (text, expected) => {
      expect([...ids(text)].sort()).toEqual([...expected].sort());
    });
    it.each([
      ['The Nigeria Union of Petroleum and Natural Gas Workers (NUPENG) struck. NUPENG said so.', 'NUPENG'],
      ['The Alliance of Small Island States (AOSIS) spoke. AOSIS said so.', 'AOSIS'],
      ['The Bank of Japan (BOJ) held rates. The BOJ said so.', 'BOJ'],
    ])('links an acronym spelt from inside the words of its long form: %j', (text, acronym) => {
      const { actors, mentions } = findActors(text);
      expect(actors).toHaveLength(1);
      expect(mentions.map((m) => m.text)).toContain(acronym);
      expect(mentions.every((m) => m.actorId === actors[0]!.id)).toBe(true);
    });

    it.each([
      ['The General Confederation of Labour (CGT) marched. The CGT said so.', 'CGT'],
      ['The National Electoral Institute (INE) met. INE said the count was over.', 'INE'],
      // Defined in words rather than in brackets.
      ['The Varnian Security Service, or FSK, detained him. The FSK did not comment.', 'FSK'],
      ['The Office for Tariff Review, known as the BTA, ruled. BTA said so.', 'BTA'],
      ['The Water and Soil Inspectorate, known by its own initials ILB, fined it. ILB said so.', 'ILB'],
    ])(
      'links initials in brackets, or defined in words (", or FSK,", ", known as the BTA,"), after a body of three words that its own language spells: %j',
      (text, acronym) => {
        const { actors, mentions } = findActors(text);
        expect(actors).toHaveLength(1);
        expect(mentions.map((m) => m.text)).toContain(acronym);
        expect(mentions.every((m) => m.actorId === actors[0]!.id)).toBe(true);
      },
    );

    it.each([
      [
        'The World Bank cut its forecast. The World Bank Staff Association protested the cuts.',
        ['org:world-bank', 'org:world-bank-staff-association'],
      ],
      [
        'The United Nations warned of famine. The United Nations Security Council met on Monday.',
        ['org:united-nations', 'org:united-nations-security-council'],
      ],
    ])('a body named with a known name and a cue word of its own is another body: %j', (text, expected) => {
      expect(ids(text).filter((id) => id.startsWith('org:'))).toEqual(expected);
    });

    it('keeps a body and the initials in brackets after it as one actor, even initials its words do not spell', () => {
      expect(ids('The Global Maritime Institute (XYZ) said so. XYZ agreed.')).toEqual([
        'org:global-maritime-institute',
      ]);
    });

    it('leaves an undefined acronym alone', () => {
      expect(ids('The XYZQ said nothing.')).toEqual([]);
    });
  });

  describe('credits and bylines are not actors', () => {
    it.each([
      'Mr. Novak in Riga last week. Credit…Jane Kowalski/EPA, via Shutterstock',
      'Ministers meet in Samarkand, Uzbekistan September 16, 2022. Sputnik/Ivan Petrov/Pool via REUTERS',
      'Olga Smirnova contributed reporting.',
      'By Jane Kowalski\nThe minister, Tomas Novak, said the vote would go ahead.',
      'Tomas Novak said it was over. (AP Photo/Jane Kowalski)',
    ])('%j', (text) => {
      const people = findActors(text).actors.filter((a) => a.kind === 'person');
      expect(people.map((p) => p.name).filter((n) => /Kowalski|Petrov|Smirnova/.test(n))).toEqual([]);
    });
    it('finds the credit spans themselves', () => {
      const text = 'A caption. Credit…Jane Kowalski/EPA';
      expect(findCredits(text).map((s) => text.slice(s.start, s.end))).toEqual(['Credit…Jane Kowalski/EPA']);
    });
  });

  describe('reads an organisation from the noun beside its name', () => {
    it.each([
      ['Shipping group Maersk said it had diverted four vessels.', ['org:maersk']],
      ['The FNV union said a second strike would follow.', ['org:fnv']],
      ['The talks with the Democratic Unionist party resumed.', ['org:democratic-unionist-party']],
      ['Accountancy firm Hale & Brandt audited the books.', ['org:hale-brandt']],
      ['Mortgage lender Halifax said prices rose.', ['org:halifax']],
      ['Investment bank Harcourt Lyle advised on the deal.', ['org:harcourt-lyle']],
      ['Rating agency Castell cut the bonds to junk.', ['org:castell']],
      ['Investors include the state-backed fund Saminvest.', ['org:saminvest']],
      ['It was published in the journal Nature Catalysis.', ['org:nature-catalysis']],
      ['Its rights went to the streaming service Nordflix.', ['org:nordflix']],
      ['The strike was called by the pilots’ union Sepla.', ['org:sepla']],
      ['The film came from the tiny studio Lyngby Billeder.', ['org:lyngby-billeder']],
      ['It was bought by the sports brand Stridewell.', ['org:stridewell']],
      ["The employers' federation VNO-NCW called the strike disproportionate.", ['org:vno-ncw']],
      ['Prices rose, the property website Rightmove said.', ['org:rightmove']],
      ['Customers such as the chemical maker Vossberg moved goods by road.', ['org:vossberg']],
      ['Its main sponsor, the brewer Halvorka, renewed its deal.', ['org:halvorka']],
      ['He spoke to the TV station Kanal Sju on Monday.', ['org:kanal-sju']],
      ['The business confederation Ardea put losses at 20 million euros.', ['org:ardea']],
      ['The truce was brokered by the regional bloc Sahelcom.', ['org:sahelcom']],
      ['It was led by the private consortium Norrvik Tunnel Oy.', ['org:norrvik-tunnel-oy']],
      // Legal forms of Finnish and Norwegian firms ("AS" in capitals only).
      ['The project was led by Norrvik Bygg Oy.', ['org:norrvik-bygg-oy']],
      ['The tanker belongs to Nordvik Shipping AS.', ['org:nordvik-shipping-as']],
      ['The images were flagged on the site Fact Desk.', ['org:fact-desk']],
      ['The prize went to the Bristol duo Pale Harbour.', ['org:pale-harbour']],
      ['It featured the post-punk four-piece Wet Paint.', ['org:wet-paint']],
      // A compound of two names after its noun is one firm's.
      ['The estate was sold to the champagne house Vallard-Roux.', ['org:vallard-roux']],
      // A trade of persons before a given name is a person's.
      ['The judges included the DJ and broadcaster Tom Hale.', ['person:tom-hale']],
      ['The boat’s owner, the property developer Anna Berg, confirmed it.', ['person:anna-berg']],
      // The players of a band are persons.
      [
        'The trio Jane Hart, Ola Berg and Tim Dove were arrested.',
        ['person:jane-hart', 'person:ola-berg', 'person:tim-dove'],
      ],
      // The noun opening the sentence, capitalised: one that never opens a name.
      ['Drugmaker Halvex warned on profits.', ['org:halvex']],
      ['Retailer Kestrel also warned.', ['org:kestrel']],
      // A word that only opens the sentence, a feast's party and a warship are none.
      ['Local union officials said the vote was close.', []],
      ['Guests left the Halloween party early.', []],
      ['The navy sent the aircraft carrier Theodore Roosevelt into port.', []],
      // A title after the noun opens a person's name; a noun that may open a name is its own.
      ['The central bank Governor Kazuo Ueda spoke.', ['person:kazuo-ueda']],
      ['Network Rail apologised for the delays.', ['org:network-rail']],
    ])('%j -> %j', (text, expected) => {
      expect(ids(text)).toEqual(expected);
    });
  });

  describe('keeps the first word of a name that opens a sentence, even where the text uses it in lower case', () => {
    it.each([
      [
        'World Bank President Ajay Banga said growth would slow. The world economy is fragile.',
        ['org:world-bank', 'person:ajay-banga'],
      ],
      [
        'Bank of Japan Governor Kazuo Ueda said the central bank would wait.',
        ['org:bank-of-japan', 'person:kazuo-ueda'],
      ],
      [
        'New Zealand Prime Minister Chris Hipkins said the plan includes new homes.',
        ['country:NZ', 'person:chris-hipkins'],
      ],
      ['Chief Executive Tim Cook said the chief risk was supply.', ['person:tim-cook']],
      ['Downing Street said the talks were going well.', ['country:GB']],
      // The word still goes when only the rest is a name, and across "of" into one.
      [
        'Members of the Transport Staff Association voted. Their members agreed.',
        ['org:transport-staff-association'],
      ],
      ['Outside Westmarch College, pupils held a banner.', ['org:westmarch-college']],
    ])('%j -> %j', (text, expected) => {
      expect(ids(text)).toEqual(expected);
    });
  });

  describe('keeps a hyphenated name whole inside a name, and splits a compound of two names', () => {
    it.each([
      ['Professor Hans-Jürgen Weber said the plan was flawed.', ['person:hans-jurgen-weber']],
      ['Alexandria Ocasio-Cortez said she would run.', ['person:alexandria-ocasio-cortez']],
      ['The Israel-Hamas war continued.', ['country:IL', 'org:hamas']],
      ['Russia-Ukraine talks resumed.', ['country:RU', 'country:UA']],
    ])('%j -> %j', (text, expected) => {
      expect(ids(text)).toEqual(expected);
    });
    it.each([
      // A compound the text has written inside a person's name stays whole alone, and links.
      [
        'Judge Marisol Ibarra-Quintero ruled. Ibarra-Quintero wrote that the law was clear.',
        'person:marisol-ibarra-quintero',
        ['Ibarra-Quintero'],
      ],
      [
        'Shai Gilgeous-Alexander scored 30 points. Gilgeous-Alexander said so.',
        'person:shai-gilgeous-alexander',
        ['Gilgeous-Alexander'],
      ],
    ])('%j: %s has the aliases %j', (text, id, aliases) => {
      expect(actor(text, id)?.aliases).toEqual(aliases);
      expect(ids(text)).toEqual([id]);
    });
  });

  describe('knows agencies by their initials', () => {
    it.each([
      ['The FBI said on Monday it had arrested a man.', ['org:federal-bureau-of-investigation']],
      ['NHS Lothian said the wait was long.', ['org:national-health-service']],
      ['Food and Drug Administration officials approved it.', ['org:food-and-drug-administration']],
      // Initials before a body's people.
      ['An NTSB spokeswoman said the plane was old.', ['org:ntsb']],
      ['NTSB investigators reached the site on Monday.', ['org:ntsb']],
    ])('%j -> %j', (text, expected) => {
      expect(ids(text)).toEqual(expected);
    });

    it.each([
      // A person takes no "the" after "told" or "according to".
      ['"We are ready," she told the Gazette on Monday.', ['org:gazette']],
      ['According to the Ledger, the plant will close.', ['org:ledger']],
      ['He told the Columbus Dispatch in 2014 that it was true.', ['org:columbus-dispatch']],
      ['Rates rose, according to the Freightos Baltic Index.', []],
    ])(
      'reads a name after "told the" or "according to the" as an organisation: %j -> %j',
      (text, expected) => {
        expect(ids(text).filter((id) => id.startsWith('org:'))).toEqual(expected);
      },
    );

    it.each([
      ['Its share rose to 19.6%, according to Kestmark.', ['org:kestmark']],
      // A person cited by a surname the text gives in full, before or after.
      ['Mr Harlow spoke on Monday. The plan would fail, according to Harlow.', ['person:harlow']],
      [
        'The plan would fail, according to Harlow. Anna Harlow, an economist, said so.',
        ['person:anna-harlow'],
      ],
    ])('reads one word after "according to" as an organisation: %j -> %j', (text, expected) => {
      expect(ids(text)).toEqual(expected);
    });

    it.each([
      ['The minister will make a statement to Parliament on Monday.', [ownBody('parliament')]],
      ['The bill now goes to the Senate, which votes on Friday.', [ownBody('senate')]],
      ['The Storting approved the budget.', ['org:storting']],
      // A place, a bill or a term named after a body is none.
      ['Polls point to a hung Parliament.', []],
      ['She spoke outside Parliament House on Monday.', []],
    ])('knows legislatures named alone: %j -> %j', (text, expected) => {
      expect(ids(text).filter((id) => id.startsWith('org:'))).toEqual(expected);
    });

    it.each([
      [
        'The Independent Office for Police Conduct opened an inquiry. The IOPC said it was early.',
        'org:independent-office-for-police-conduct',
        'IOPC',
      ],
      [
        'The Ministry of Commerce set new rules. MOFCOM spokeswoman Liu Ying said they were fair.',
        'org:ministry-of-commerce',
        'MOFCOM',
      ],
    ])(
      'links initials the text does not define to the one name it writes in full that spells them: %j',
      (text, id, form) => {
        expect(actor(text, id)?.aliases).toContain(form);
      },
    );

    it.each([
      // A capitalised word of the name gives no letter; one letter only.
      ['The Humberside Fire and Rescue Service said so. The HSE will look into it.', 'HSE'],
      ['American Airlines cut fares. AAA said travel would rise.', 'AAA'],
    ])('leaves initials no name spells whole: %j', (text, form) => {
      expect(
        findActors(text).actors.some(
          (a) => a.aliases.includes(form) || (a.name === form && a.aliases.length > 0),
        ),
      ).toBe(false);
    });
  });

  describe('reads organisations named with a possessive, joined by "and", or ending in a body word', () => {
    it.each([
      ["The Workers' Party said on Monday it would vote no.", ['org:workers-party']],
      ["Spain's People's Party won.", ['country:ES', 'org:people-party']],
      ['SK Group and Hyundai Motor Group signed the deal.', ['org:hyundai-motor-group', 'org:sk-group']],
      [
        'The National Highway Traffic Safety Administration opened an inquiry.',
        ['org:national-highway-traffic-safety-administration'],
      ],
      [
        'Manchester United beat the Athletics Integrity Unit.',
        ['org:athletics-integrity-unit', 'org:manchester-united'],
      ],
      // A cue word that names nothing alone ("Police") gives way to the one before it.
      [
        'The Independent Office for Police Conduct has opened an investigation.',
        ['org:independent-office-for-police-conduct'],
      ],
      [
        'Review by the Federal Communications Commission and the Justice Department takes a year.',
        ['org:federal-communications-commission', 'org:justice-department'],
      ],
      // Two names of two words or more each side of "and" are two names, the left one a firm's too.
      [
        'Analysts said Corran Halstead and Velby Trading Group would not bid.',
        ['org:corran-halstead', 'org:velby-trading-group'],
      ],
      [
        'Shares in Tarrow Marine and Oskell Freight Holdings fell.',
        ['org:oskell-freight-holdings', 'org:tarrow-marine'],
      ],
      // A person's full name on the left.
      [
        'The club was bought by Helen Brask and Orvane Capital.',
        ['org:orvane-capital', 'person:helen-brask'],
      ],
      // One body's name: one word before the cue, an adjective opening both sides, a body's words
      // before "and", a country before the name.
      ['The National Geology and Mining Service said so.', ['org:national-geology-and-mining-service']],
      [
        'The Human Environment and Transport Inspectorate said so.',
        ['org:human-environment-and-transport-inspectorate'],
      ],
      [
        'The Coastal Midstream and Downstream Petroleum Regulatory Authority said so.',
        ['org:coastal-midstream-and-downstream-petroleum-regulatory'],
      ],
      [
        'It is on show at the Albert Art Gallery and Museum this year.',
        ['org:albert-art-gallery-and-museum'],
      ],
      [
        'The U.S. Chemical Safety and Hazard Investigation Board said so.',
        ['org:u-s-chemical-safety-and-hazard-investigation-board'],
      ],
    ])('%j -> %j', (text, expected) => {
      expect(ids(text).sort()).toEqual(expected);
    });

    // Languages that put the body's noun first: the name runs to the end of its capitalised words.
    it.each([
      ['The vote in the Congreso de los Diputados was lost.', ['org:congreso-de-los-diputados']],
      ['The Ministerio de Hacienda said taxes would rise.', ['org:ministerio-de-hacienda']],
      ['The Partido dos Trabalhadores won.', ['org:partido-dos-trabalhadores']],
      ['An economist at Banco del Sur said so.', ['org:banco-del-sur']],
      ['The Partido Popular and Vox voted no.', ['org:partido-popular', 'org:vox']],
      ['Parti Socialiste leader Olivier Faure said no.', ['org:parti-socialiste', 'person:olivier-faure']],
      // A German compound ending in a body's noun opens its name too, up to an English complement.
      ['The figures from Wahlgruppe Nordost for the broadcaster were close.', ['org:wahlgruppe-nordost']],
      ['The Forschungsverband Elbtal published a poll.', ['org:forschungsverband-elbtal']],
      // Not in a headline in title case, nor a person's particles.
      ['Banca Vellano Slumps Before Verdict\n\nShares fell.', []],
      ['Judge María de los Ángeles Moreno said no.', ['person:maria-de-los-angeles-moreno']],
    ])('%j -> %j', (text, expected) => {
      expect(ids(text).sort()).toEqual(expected);
    });

    it('reads a Turkish trade word ending a firm’s name', () => {
      expect(findActors('They founded Ocak Berger Mimarlık in 1974.').actors).toEqual([
        expect.objectContaining({ kind: 'organisation', name: 'Ocak Berger Mimarlık' }),
      ]);
    });

    it.each([
      // Bodies and trades in languages that put the noun last: Turkish, Finnish.
      ['The race is run by the Karadeniz Bisiklet Federasyonu.', ['org:karadeniz-bisiklet-federasyonu']],
      ['Virta Rakennus won the contract.', ['org:virta-rakennus']],
      ['It had grants from the National Institutes of Arts.', ['org:national-institutes-of-arts']],
      ['Granite Peak Ventures led the round.', ['org:granite-peak-ventures']],
      ['A deal with Hanseong Electronics was signed.', ['org:hanseong-electronics']],
      ['The Tallinn Philharmonic opens its season.', ['org:tallinn-philharmonic']],
      ['The Brackley Chamber of Commerce welcomed it.', ['org:brackley-chamber-of-commerce']],
      // A chamber of commerce takes the place it serves into its name; a place of two names after
      // "of" inside a name stays whole.
      [
        'The German Chamber of Commerce in China polled 500 firms.',
        ['org:german-chamber-of-commerce-in-china'],
      ],
      [
        'The Kestrel Chamber of Commerce and Industry in Hong Kong said so.',
        ['org:kestrel-chamber-of-commerce-and-industry-in-hong-kong'],
      ],
      ['The University of Wisconsin-Madison said so.', ['org:university-of-wisconsin-madison']],
      // (Not after a word that opens the sentence: a compound of two names.)
      ['Hundreds of Cuban-Americans marched.', ['country:CU']],
      ['The Open Records Project sued.', ['org:open-records-project']],
      [
        'It competes with Hanseong Electronics and the Taiwanese firm Lumitek.',
        ['country:TW', 'org:hanseong-electronics', 'org:lumitek'],
      ],
      ['Quillon Energy collapsed into administration.', ['org:quillon-energy']],
      ['The deal with Carrick Petroleum was signed.', ['org:carrick-petroleum']],
      [
        'Ridgeline Homes bid for the site, as did Tarrant Metals.',
        ['org:ridgeline-homes', 'org:tarrant-metals'],
      ],
      ['Bills from Wessex Vale Water will rise.', ['org:wessex-vale-water']],
      ['Shipping line Meridian Maritime said it had diverted eight ships.', ['org:meridian-maritime']],
      ['The operator, Nordkai Terminals, said so.', ['org:nordkai-terminals']],
      ['Its lawyers, Sefton Grieve LLP, argued the case.', ['org:sefton-grieve-llp']],
      ['The library was designed by Osterhout Veld Architecten.', ['org:osterhout-veld-architecten']],
      // The place a firm is in, joined to its name, is no part of it.
      ['The owner, London-based Kallistos Capital, said so.', ['org:kallistos-capital']],
      ['It sold the unit to Ohio-based Tallis Holdings.', ['org:tallis-holdings']],
      // In other languages too.
      ['It was reported by the Frankfurter Allgemeine Zeitung.', ['org:frankfurter-allgemeine-zeitung']],
      ['The story ran in the Chosun Ilbo.', ['org:chosun-ilbo']],
      // A trade's word inside a name describes: the name's own head decides.
      [
        'The China Federation of Logistics and Purchasing said so.',
        ['org:china-federation-of-logistics-and-purchasing'],
      ],
      ['The Institute for Supply Management said so.', ['org:institute-for-supply-management']],
      // Alone, or opening a name, a trade's word is no firm.
      ['The Water of Leith burst its banks.', []],
    ])('names ending in a body or trade word: %j -> %j', (text, expected) => {
      expect(ids(text).sort()).toEqual(expected);
    });

    it.each([
      ["The Information Commissioner's Office called it a breach.", ['org:information-commissioner-office']],
      ["The Prosecutor General's Office opened a case.", ['org:prosecutor-general-office']],
      ["Deputies from the Alder County Sheriff's Office arrived.", ['org:alder-county-sheriff-office']],
      // A person's office is no body.
      ["President Anna Berg's office said so.", ['person:anna-berg']],
    ])('offices named by their holder’s title: %j -> %j', (text, expected) => {
      expect(ids(text)).toEqual(expected);
    });

    it.each([
      ['Labour won the by-election on Thursday.', ['org:labour-party']],
      // A portfolio's minister is not the party's; a party's MP is.
      ['Talks with Labour Minister Eleni Vassilaki broke up.', ['person:eleni-vassilaki']],
      ['Labour MP Anna Berg said no.', ['org:labour-party', 'person:anna-berg']],
      ['Senate Republicans blocked the bill.', ['org:senate-republicans']],
      ['The Social Democrats and Democrats met.', ['org:democratic-party', 'org:social-democrats']],
      ['The sports daily Marca reported the bid.', ['org:marca']],
      ['Leverkusen lead the Bundesliga by five points.', ['org:bundesliga']],
    ])('parties and outlets: %j -> %j', (text, expected) => {
      expect(ids(text).sort()).toEqual(expected);
    });

    it.each([
      ['Real Madrid fans packed the square.', []],
      ['Flights at Brussels Airport were cancelled.', []],
      // The body that runs it, by what only a body says of itself.
      ['Brussels Airport said it had asked airlines to cancel flights.', ['org:brussels-airport']],
      ['Moscow Mayor Sergei Sobyanin said the metro was closed.', ['country:RU', 'person:sergei-sobyanin']],
    ])('a capital inside another name is no country: %j -> %j', (text, expected) => {
      expect(ids(text).sort()).toEqual(expected);
    });

    it.each([
      [
        'The Denver Nuggets beat the Houston Rockets 112-104 as the coach rested his guards.',
        ['org:denver-nuggets', 'org:houston-rockets'],
      ],
      [
        'Borussia Dortmund drew 1-1 with VfB Stuttgart, and the striker scored twice.',
        ['org:borussia-dortmund', 'org:vfb-stuttgart'],
      ],
      // A person named after a city is written as no team is; a place after a city is no team.
      ['Austin Reaves missed the game. The coach said the league fined him after a 98-90 loss.', []],
      ['The striker joined the league leaders at the Miami Beach camp on a 2-1 vote.', []],
      // Outside a sports report, a city and a name are not read as a team.
      ['The Denver Nuggets announced a new owner.', []],
    ])('a team named by its city in a sports report: %j -> %j', (text, expected) => {
      expect(
        ids(text)
          .filter((id) => id.startsWith('org:'))
          .sort(),
      ).toEqual(expected);
    });

    it.each([
      [
        'The striker scored twice. Adeyemi is out of contract, and Harbridge are expected to offer him terms.',
        ['org:harbridge'],
      ],
      ['The striker scored. It was a good day for Ashford, who were promoted last May.', ['org:ashford']],
      ["The striker scored before Northgate's relegation was confirmed.", ['org:northgate']],
      // Not a list of places, an event, a plural noun the text writes in lower case, or an object.
      ['The striker scored. Hail fell as Leicestershire and Rutland were hit hard.', []],
      ['The striker scored. Ratings for the Series are up.', []],
      ['The striker scored in the league. — Polls are closed, and the polls will reopen.', []],
    ])('a lone name with a plural verb in a sports report is a side: %j -> %j', (text, expected) => {
      expect(ids(text).filter((id) => id.startsWith('org:'))).toEqual(expected);
    });

    it("links a team's name without its city, and its city alone, to the team", () => {
      const { mentions } = findActors(
        'DENVER (AP) -- The Denver Nuggets beat the Houston Rockets 112-104. The Nuggets led by 20, ' +
          'and Houston coach Ime Udoka said the playoffs start now. The next game is in Houston.',
      );
      const forms = (id: string) => mentions.filter((m) => m.actorId === id).map((m) => m.text);
      expect(forms('org:denver-nuggets')).toEqual(['Denver Nuggets', 'Nuggets']);
      // ("in Houston" is the city, and the dateline's "DENVER" a place.)
      expect(forms('org:houston-rockets')).toEqual(['Houston Rockets', 'Houston']);
    });

    it('reads name words ending in a plural after "the" in a sports report as a team', () => {
      const text =
        'The Denver Nuggets beat the Golden State Warriors 117-110 in the playoffs, and the coach ' +
        'praised the bench. Golden State had led by nine. Next season the Commonwealth Games and the ' +
        'Golden Globes clash, and the Argentine Mariano Salas joins the Warriors.';
      const { actors, mentions } = findActors(text);
      const orgs = actors.filter((a) => a.kind === 'organisation').map((a) => a.id);
      expect(orgs.sort()).toEqual(['org:denver-nuggets', 'org:golden-state-warriors']);
      expect(mentions.filter((m) => m.actorId === 'org:golden-state-warriors').map((m) => m.text)).toEqual([
        'Golden State Warriors',
        'Golden State',
        'Warriors',
      ]);
    });

    it('reads such a team opening a sentence with "The"', () => {
      const text =
        'The Kowhai Falcons reached the final. Their coach praised the bowlers, who took six wickets.';
      expect(ids(text)).toEqual(['org:kowhai-falcons']);
    });

    it.each([
      ['Johnson & Johnson said it would split its consumer unit.', ['org:johnson-johnson']],
      ['Shares of Marks & Spencer rose 3%.', ['org:marks-spencer']],
      ["Standard & Poor's cut the rating.", ['org:standard-poor']],
      ['The R&D budget rose, and Q&A sessions followed.', []],
    ])('names joined by an ampersand are a firm: %j -> %j', (text, expected) => {
      expect(ids(text).sort()).toEqual(expected);
    });

    it.each([
      ['Health Canada said it was coordinating with regulators.', ['org:health-canada']],
      ['Reform UK has won the by-election.', ['org:reform-uk']],
      ['The board of Cricket Australia met in Sydney on Monday.', ['org:cricket-australia']],
      // The nations of the United Kingdom name bodies as countries do.
      ['Officers from Police Scotland arrived on Monday.', ['org:police-scotland']],
      ['Highways England closed the road.', ['org:highways-england']],
      ['Middle England is restless.', []],
      ['Highlights are on BBC Two Wales tonight.', ['org:bbc']],
      // A person's name, a describing word, a venue and a title-case headline are no body.
      ['Actor Tom Holland met Pierre Canada.', []],
      ['The cold snap has also hit Inner Mongolia and Atlantic Canada.', []],
      ['Hosts Denmark will meet Norway in the semi-final.', []],
      ['The final was played at Stadium Australia.', []],
      ['Floods Hit Pakistan Again\n\nThe rains fell for a week.', []],
    ])('a name word before a country name can make a body: %j -> %j', (text, expected) => {
      expect(ids(text).filter((id) => id.startsWith('org:'))).toEqual(expected);
    });

    it.each([
      [
        'The Communications Workers of America (CWA) called the strike.',
        ['org:communications-workers-of-america'],
      ],
      ['The Rashtriya Janata Dal (RJD) won 75 seats.', ['org:rashtriya-janata-dal']],
      ['The Retail Prices Index (RPI) rose 4%.', []],
      ['Clocks go back at the end of British Summer Time (BST).', []],
    ])('a name that defines its initials is a body: %j -> %j', (text, expected) => {
      expect(ids(text).filter((id) => id.startsWith('org:'))).toEqual(expected);
    });

    it.each([
      [
        'Troops joined the United Nations Interim Force in Lebanon (UNIFIL) on Monday.',
        ['org:united-nations-interim-force-in-lebanon'],
      ],
      [
        "The rule was set by the Fédération Internationale de l'Automobile (FIA) last year.",
        ['org:federation-internationale-de-lautomobile'],
      ],
      [
        'Voters backed the All Kerala Majlis-e-Ummat Morcha (AKMUM) there.',
        ['org:all-kerala-majlis-e-ummat-morcha'],
      ],
      // A given name opens no long form.
      ['They met Anna Berg in Norvik (ABN) on Monday.', []],
    ])('a long form through lower-case words defines its initials: %j -> %j', (text, expected) => {
      expect(ids(text).filter((id) => id.startsWith('org:'))).toEqual(expected);
    });

    it('links the initials used alone to their long form', () => {
      const text = 'Troops joined the United Nations Interim Force in Lebanon (UNIFIL). UNIFIL said nothing.';
      const { mentions } = findActors(text);
      expect(mentions.map((m) => m.text)).toEqual([
        'United Nations Interim Force in Lebanon',
        'UNIFIL',
        'UNIFIL',
      ]);
    });

    it.each([
      [
        'Shai Gilgeous-Alexander scored 41 points as the Thunder won the playoff game 120-110.',
        ['person:shai-gilgeous-alexander'],
      ],
      [
        'Jalen Brunson had 18 points and the coach praised the defense in a 98-90 win.',
        ['person:jalen-brunson'],
      ],
      // What only a player does, and a move of play before a name.
      [
        'Tane Kupe had given Rovers the lead before the striker levelled in a 1-1 draw.',
        ['person:tane-kupe'],
      ],
      [
        'The coach saw Tane Kupe take five wickets; Mere Rota was sent off in the 2-1 win.',
        ['person:mere-rota'],
      ],
      ['Rovers won 2-1 through a late header from Tane Kupe, the coach said.', ['person:tane-kupe']],
      [
        'Mere Rota drove in three runs, and the coach praised the pitcher in the 4-2 win.',
        ['person:mere-rota'],
      ],
      ['Tane Kupe shot a 68, and the coach said the league title was close.', ['person:tane-kupe']],
      ['In the 2-1 win, Tane Kupe also scored.', ['person:tane-kupe']],
      // Named after a city, a player does what a player does as "his" or "her"; a team, "its".
      [
        'Austin Reaves missed his third game, and the coach praised the defense in a 98-90 win.',
        ['person:austin-reaves'],
      ],
      ['Austin Hornets missed its chance, and the coach praised the defense in a 98-90 win.', []],
      // A list of players after a move of play, and a count's list with no verb.
      [
        'Goals from Tane Kupe and Mere Rota gave the coach a 2-1 win.',
        ['person:mere-rota', 'person:tane-kupe'],
      ],
      [
        "The coach's scorers were Tane Okafor, Oren Brandt and Ilse Leclair in a 3-1 win.",
        ['person:ilse-leclair', 'person:oren-brandt', 'person:tane-okafor'],
      ],
      [
        'Kalvis Ozols had 20 points, Davon Pryce 18 and Rhett Colley 15, and the coach praised the defense in a 98-90 win.',
        ['person:davon-pryce', 'person:kalvis-ozols', 'person:rhett-colley'],
      ],
      [
        'Ozols scored 20 points, with Davon Pryce adding 18, and the coach was pleased.',
        ['person:davon-pryce'],
      ],
      ['Goals from Tane Kupe and Mere Rota were on the agenda.', []],
      // Two capitals after a title are initials: "coach JJ Redick".
      ['"It was hard," Lakers coach JJ Redick said after the 98-90 win.', ['person:jj-redick']],
      // Both sides of a match won in sets, one named after a city.
      [
        'Tane Kupe beat Madison Rota 6-4, 7-6 (5) in the final, the coach said.',
        ['person:madison-rota', 'person:tane-kupe'],
      ],
      // A team named by its city plays too; outside a sports report the verb is no evidence.
      ['Manchester City scored twice after halftime to win 2-1.', []],
      ['Tane Kupe hit the post office on his way to work.', []],
      ['Brannigan Holt scored well in the exam.', []],
    ])('a player by a verb of play in a sports report: %j -> %j', (text, expected) => {
      expect(ids(text).filter((id) => id.startsWith('person:'))).toEqual(expected);
    });

    it.each([
      ['Bayer AG said its supplies were safe.', ['org:bayer-ag']],
      ['Lufthansa and British Airways switched passengers.', ['org:british-airways', 'org:lufthansa']],
      ['Rival Barclays PLC is due to report on Thursday.', ['org:barclays-plc']],
    ])('company forms and boundaries: %j -> %j', (text, expected) => {
      expect(ids(text).sort()).toEqual(expected);
    });

    it('does not read a person or a body through its possessive into the next name', () => {
      expect(ids("Prime Minister Narendra Modi's Bharatiya Janata Party won.")).toContain(
        'person:narendra-modi',
      );
      expect(ids("The Commerce Department's Bureau of Industry and Security said so.")).toContain(
        'org:commerce-department',
      );
    });
  });

  describe('finds people named without a title or a verb of saying', () => {
    it.each([
      // An age, or an apposition whose role belongs to a named owner.
      ['Fatima Haidar, 52, was driving south.', ['person:fatima-haidar']],
      [
        'The dead were Luis Soto, 41; Pablo Tapia, 29; and Ana Ruiz, 33.',
        ['person:ana-ruiz', 'person:luis-soto', 'person:pablo-tapia'],
      ],
      // (The role's owner is a company: "Amazon’s chief executive".)
      ['Andy Jassy, Amazon’s chief executive, wrote to staff.', ['org:amazon', 'person:andy-jassy']],
      [
        'Tom Fletcher, the U.N. humanitarian chief, warned of famine.',
        ['org:united-nations', 'person:tom-fletcher'],
      ],
      ['Darren Pike, a 44-year-old former firefighter, took 41% of the vote.', ['person:darren-pike']],
      // An occupation in lower case before the name.
      ['The penalty was given by referee Daniel Siebert.', ['person:daniel-siebert']],
      ['He married the textile artist Helga Lindqvist in 1966.', ['person:helga-lindqvist']],
      // Each name of a list after a plural title.
      [
        'Justices Clarence Thomas, Samuel Alito and Amy Coney Barrett joined the opinion.',
        ['person:amy-coney-barrett', 'person:clarence-thomas', 'person:samuel-alito'],
      ],
      // Particles of two words.
      ['Commission President Ursula von der Leyen spoke.', ['person:ursula-von-der-leyen']],
      ['Manager Erik ten Hag was sacked.', ['person:erik-ten-hag']],
      // Dutch, Frisian and Nordic particles, and a hyphenated given name before one.
      ['Presiding judge Maria van den Berg ruled.', ['person:maria-van-den-berg']],
      ['The lawyer Dirk ter Horst said it would appeal.', ['person:dirk-ter-horst']],
      ['Spokeswoman Annelies op den Kamp said so.', ['person:annelies-op-den-kamp']],
      ['Chief executive Karl-Johan af Ekström left.', ['person:karl-johan-af-ekstrom']],
      ['His son, Willem-Jan van Ommeren, chairs the board.', ['person:willem-jan-van-ommeren']],
      // A hyphenated title.
      ['Director-General Rafael Grossi visited the plant.', ['person:rafael-grossi']],
      ['Commission Vice-President Teresa Ribera said so.', ['person:teresa-ribera']],
      // Two titled chains joined by "and": the body of the second is no word of the first name.
      [
        'Commission President Ursula von der Leyen and Council President Antonio Costa met.',
        ['person:antonio-costa', 'person:ursula-von-der-leyen'],
      ],
      [
        'Talks between Anna Berg and Council President Tom Hale went on.',
        ['person:anna-berg', 'person:tom-hale'],
      ],
      // A given name before particles and a surname, but not before a place's word.
      ['Anna von Berg and President Tom Hale met.', ['person:anna-von-berg', 'person:tom-hale']],
      ['Crowds filled Charles de Gaulle airport.', []],
      // A member of a parliament by the initials of the office, opening a sentence or not.
      ['Local MP Tess Harrow has asked for a statement.', ['person:tess-harrow']],
      ['The motion was tabled by MEP Jonas Wierk.', ['person:jonas-wierk']],
      // A name set off by commas before a verb of saying, or opening a sentence before a clause
      // of what one does.
      ['A spokeswoman in Oslo, Wen Lirong, said the bid stood.', ['country:NO', 'person:wen-lirong']],
      ['Tulsi Varnekar, commentating for the club, said it was over.', ['person:tulsi-varnekar']],
      // Initials written with dots before a surname; a month as a given name after a title; a
      // short capitalised word between a given name and a surname; a Welsh particle.
      ['His agent, K.T. Oyelaran, was seen leaving.', ['person:k-t-oyelaran']],
      ['The seconds, led by grandmaster R.V. Pillai, prepared well.', ['person:r-v-pillai']],
      // Two initials or more, each with its dot, before a surname: a person's whatever follows.
      ['K. C. Kavanur met the villagers on Tuesday.', ['person:kavanur']],
      ['The letter was signed by S. R. Nandakumar of the board.', ['person:nandakumar']],
      ['Before the start, chief arbiter April Tenby rejected a complaint.', ['person:april-tenby']],
      ['Police detained chief executive Emre Can Yoldaş on Friday.', ['person:emre-can-yoldas']],
      ['Gwen ap Madoc, who chairs the board, spoke first.', ['person:gwen-ap-madoc']],
      // (Not a month after a title and before no surname, nor a word of a phrase after a name.)
      ['It is due in April. President Anna Berg arrived May 5.', ['person:anna-berg']],
      ['He met Anna The Great.', []],
      // (Not after a noun of a body, nor of who may be a firm as well as a person.)
      ['Her agency, Brisa Talent, said it had ended the contract.', ['org:brisa-talent']],
      ['The developer, Quayside Holmes, says it could begin work.', []],
    ])('%j -> %j', (text, expected) => {
      expect(ids(text).sort()).toEqual(expected);
    });

    it.each([
      ['The visitors held on despite a cross from Julian Brandt.', ['person:julian-brandt']],
      ['The board voted 7-2, with Kenji Tamura dissenting.', ['person:kenji-tamura']],
      [
        'Critics compared it to the work of Barbara Hepworth and Tomás Ruiz.',
        ['person:barbara-hepworth', 'person:tomas-ruiz'],
      ],
      ['Fans filled Arthur Ashe Stadium on Sunday.', []],
      // Given names of many languages: Japanese, Irish, Ethiopian, Polish, German.
      [
        'The panel included Haruto Ishikawa, Niamh Devlin and Dawit Bekele.',
        ['person:dawit-bekele', 'person:haruto-ishikawa', 'person:niamh-devlin'],
      ],
      [
        'It was written by Agnieszka Wrona with Ulrike Sander.',
        ['person:agnieszka-wrona', 'person:ulrike-sander'],
      ],
      // Welsh, Scottish, Dutch, Korean, Turkish, English.
      [
        'The panel included Rhiannon Bevan, Eilidh Moray and Pieter Venter.',
        ['person:eilidh-moray', 'person:pieter-venter', 'person:rhiannon-bevan'],
      ],
      ['It was written by Seoyeon Park with Burak Aydin.', ['person:burak-aydin', 'person:seoyeon-park']],
      ['The cuts began when Theresa May was home secretary.', ['person:theresa-may']],
      // A string quartet is a body.
      ['The headline set by the Amara Quartet begins at nine.', ['org:amara-quartet']],
    ])('a name that opens with a common given name: %j -> %j', (text, expected) => {
      expect(ids(text).sort()).toEqual(expected);
    });

    it.each([
      ['Tane Kupe was sentenced to five years.', ['person:tane-kupe']],
      ['Tane Kupe died on Monday at the age of 80.', ['person:tane-kupe']],
      ['Tane Kupe was born in 1950 in Rotorua.', ['person:tane-kupe']],
      ['Mere Rota stepped down in May.', ['person:mere-rota']],
      ["Tane Kupe's widow, Mere, survives him.", ['person:mere', 'person:tane-kupe']],
      // A firm is fined, appointed or pleads guilty too: no person's evidence.
      ['Gorse Restructuring was appointed administrators.', ['org:gorse-restructuring']],
      ['Tane Kupe pleaded guilty to fraud.', []],
    ])('a full name before what happens only to people: %j -> %j', (text, expected) => {
      expect(ids(text).sort()).toEqual(expected);
    });

    it.each([
      ['Vorn Telsa filed for bankruptcy on Monday.', ['org:vorn-telsa']],
      ['Vorn Telsa, which employs 300 people, will cut jobs.', ['org:vorn-telsa']],
      ['Vorn Telsa, whose shares fell 5%, said little.', ['org:vorn-telsa']],
      ['The takeover of Vorn Telsa was approved.', ['org:vorn-telsa']],
      ['It agreed to acquire Vorn Telsa for $2 billion.', ['org:vorn-telsa']],
      ['Shareholders in Vorn Telsa lost money.', ['org:vorn-telsa']],
      ['Vorn Telsa reported a loss of $4 million.', ['org:vorn-telsa']],
      // A reservoir supplies water; customers and investors are in places too.
      ['Cedar Hollow Reservoir, which supplies the city, stood at 41%.', []],
    ])('a full name before or after what only a firm has or undergoes: %j -> %j', (text, expected) => {
      expect(ids(text).sort()).toEqual(expected);
    });

    it('takes a full name whose surname the text later uses alone as a person', () => {
      expect(ids('Harry Kane scored twice. Kane equalised from the spot.')).toEqual(['person:harry-kane']);
    });

    it('does not take a team for a person from its city used alone before a role or after "the"', () => {
      expect(ids('Borussia Dortmund lost 3-1. Dortmund coach Niko Kovac blamed the referee.')).toEqual([
        'person:niko-kovac',
      ]);
      expect(ids('The Oklahoma City Thunder won again. The Thunder scored 128.')).toEqual([]);
    });
  });

  describe('avoids obvious false positives', () => {
    it.each([
      ['Earlier this month, prices rose.', []],
      ['Despite the rain, the march went ahead.', []],
      ['Officials said the bridge would reopen, officials added.', []],
      ['Georgia Smith, a senior fellow at the institute, said so.', ['person:georgia-smith']],
      ['The turkey was roasted for the holiday.', []],
      ['Turkey and Greece signed a deal.', ['country:GR', 'country:TR']],
      ['Michael Jordan, a former player, said he was retiring.', ['person:michael-jordan']],
      ['Chad Miller, a spokesman for the agency, declined to comment.', ['person:chad-miller']],
      ['Senator Georgia Banks said the bill would pass.', ['person:georgia-banks']],
      ['Certainly Mr. Novak will run again.', ['person:novak']],
      ['Hun Sen said the vote was fair.', ['person:hun-sen']],
      ['Prime Minister Theresa May said so.', ['person:theresa-may']],
      ['Chancellor of the Exchequer Nigel Lawson resigned.', ['person:nigel-lawson']],
      // (Anna Berg is a person by her given name since stop 33; "Making" is still no part of it.)
      ['It ended. Making Anna Berg envoy, Mr. Novak left.', ['person:anna-berg', 'person:novak']],
      ['Prince Karim bin Talal, the envoy, arrived.', ['person:karim-bin-talal']],
      ['President Anna Berg arrived May 5.', ['person:anna-berg']],
      ['Analyst Philippe de Vries said so.', ['person:philippe-de-vries']],
      ['Chief executive Richard A. Gill, 45, said so.', ['person:richard-gill']],
      ['She lives in Amherst, N.Y., with her husband.', []],
      ['Nevertheless Tomas Novak, a senior fellow, left.', ['person:tomas-novak']],
      ['Voters in New Jersey went to the polls.', []],
      ['Heavy Rains Flood Coastal Towns', []],
      ['In the Middle East and the Gaza Strip, aid stalled.', ['country:PS']],
      ['Meteorologist Rick Smith said more storms were possible.', ['person:rick-smith']],
      ['Councillor Ruth Abara voted against the plan.', ['person:ruth-abara']],
      ['The mill’s owner, Nordvik Paper, planned to move production.', []],
      ['She served in the Army Nurse Corps.', ['org:army-nurse-corps']],
    ])('%j -> %j', (text, expected) => {
      expect(ids(text)).toEqual(expected);
    });
  });
});

describe('mergeActors(articles)', () => {
  it('merges a short name with the full name from another article', () => {
    const a = 'Russian President Vladimir Putin said the visit went well.';
    const b = 'Putin said he would return next year.';
    const { actors, mentions } = mergeActors([
      { articleId: 'b', candidates: findActorCandidates(b) },
      { articleId: 'a', candidates: findActorCandidates(a) },
    ]);
    expect(actors.filter((x) => x.kind === 'person').map((x) => x.id)).toEqual(['person:vladimir-putin']);
    expect(mentions.filter((m) => m.actorId === 'person:vladimir-putin').map((m) => m.articleId)).toEqual([
      'a',
      'b',
    ]);
  });

  it("gives a firm's first word alone to the firm named first in full with its legal form", () => {
    const text =
      'Halvex Mining Plc lost its licence on Monday. Its local unit, Halvex Ghana Ltd, will appeal, ' +
      'and a unit of Kessel Halvex Group holds the rest. Halvex said it would fight.';
    const { actors, mentions } = findActors(text);
    expect(actors.map((a) => a.id)).not.toContain('org:halvex');
    expect(mentions.find((m) => m.text === 'Halvex')?.actorId).toBe('org:halvex-mining-plc');
    // (Not a part the word names, where no firm is named in full: the word is the parent's.)
    const parts = findActors(
      'Sales rose, data from Halvex Analytics showed, said Tom Hale, director of Halvex Digital Insights. Halvex said so.',
    );
    expect(parts.mentions.find((m) => m.text === 'Halvex')?.actorId).toBe('org:halvex');
  });

  it('reads no name in the capitalised first word of a title opening a sentence', () => {
    // ("Chief" would join "Chief Tama Rowe" of another text.)
    const { mentions } = mergeActors([
      {
        articleId: 'a',
        candidates: findActorCandidates('Chief Tama Rowe said the band would rebuild.'),
      },
      {
        articleId: 'b',
        candidates: findActorCandidates('Trading was halted. Chief executive Anna Berg left.'),
      },
    ]);
    expect(mentions.filter((m) => m.articleId === 'b').map((m) => m.text)).toEqual(['Anna Berg']);
  });

  it("gives a state's body named by its word alone the country its text names", () => {
    const texts = [
      'Britain will raise taxes, the Chancellor said. The Treasury declined to comment. The Senate met.',
      'The United States sanctioned two banks. The Treasury said the move was needed.',
      'The Treasury said on Monday it would borrow more, and the Army was deployed.',
      'The U.S. Senate passed the bill after China objected. The Senate voted 51-49.',
      'The British Army cut posts, France said. The Army said it would recruit.',
      'The Senate voted 52-48 for the bill, and Britain welcomed it. Paris was silent.',
      'American lawmakers said the Senate would vote on Friday.',
      'The Treasury said on Friday it would sell more bonds, and the Army was on alert.',
    ];
    const { actors, mentions } = mergeActors(
      texts.map((text, k) => ({ articleId: `a${k}`, candidates: findActorCandidates(text) })),
    );
    const orgs = actors.filter((a) => a.kind === 'organisation');
    const where = (id: string) =>
      mentions.filter((m) => m.actorId === id).map((m) => `${m.articleId} ${m.text}`);
    const named = (a: { id: string; name: string }) => [
      a.id.replace(/^(org:[a-z]+)-[a-z0-9]{6}$/, '$1-#'),
      a.name,
    ];
    expect(orgs.map(named)).toEqual([
      ['org:army-#', 'Army'],
      ['org:army-#', 'Army'],
      ['org:british-army', 'British Army'],
      ['org:senate-#', 'Senate'],
      ['org:senate-fr', 'Senate (France)'],
      ['org:senate-us', 'Senate (United States)'],
      ['org:treasury-#', 'Treasury'],
      ['org:treasury-#', 'Treasury'],
      ['org:treasury-gb', 'Treasury (United Kingdom)'],
      ['org:treasury-us', 'Treasury (United States)'],
      ['org:u-s-senate', 'U.S. Senate'],
    ]);
    // (Only a country with such a body is its country: Britain has no Senate, so the first text's
    // is its own, and the one of two named that has a Senate is the sixth's; with no country
    // named, a demonym tells it. Named by its word alone with no country, it is its text's own:
    // the Treasury and the Army of the third text are not the eighth's.)
    const owner = (text: string) => [
      ...new Set(mentions.filter((m) => m.text === text).map((m) => m.actorId)),
    ];
    expect(owner('Senate').map((id) => where(id).join())).toEqual([
      'a0 Senate',
      'a3 U.S. Senate,a3 Senate',
      'a5 Senate',
      'a6 Senate',
    ]);
    expect(where('org:senate-fr')).toEqual(['a5 Senate']);
    expect(where('org:senate-us')).toEqual(['a6 Senate']);
    expect(owner('Treasury').map((id) => where(id).join())).toEqual([
      'a0 Treasury',
      'a1 Treasury',
      'a2 Treasury',
      'a7 Treasury',
    ]);
    // (With its country before it in the text, or named in full with it, it is that body.)
    expect(where('org:u-s-senate')).toEqual(['a3 U.S. Senate', 'a3 Senate']);
    expect(where('org:british-army')).toEqual(['a4 British Army', 'a4 Army']);
  });

  describe('a "Senate" or "Congress" alone in a text on American politics is the US one', () => {
    const body = (text: string, word: string) =>
      findActors(text)
        .mentions.filter((m) => m.text === word)
        .map((m) => m.actorId);
    // (A text that names the US by its parties, its Capitol or a state, and no country with such
    // a body: Ukraine has no Senate, Germany no Congress.)
    it.each([
      ['KYIV — The Senate voted 70-29 on Tuesday. Republicans had held up the aid for months.', 'Senate'],
      ['BERLIN — The Senate passed the bill after talks at the Capitol.', 'Senate'],
      ['Frennick, who served in the Navy, testified in Vermont and before a Senate committee.', 'Senate'],
      ['In 1962 the Zarnow River flooded Oregon towns, and Congress paid for a dam.', 'Congress'],
    ])('%j', (text, word) => {
      expect(body(text, word)).toEqual([`org:${word.toLowerCase()}-us`]);
    });
    // (Not a state's own legislature, nor a party of another country, nor a text that names a
    // country with a Senate: the French Senate and its Republicans.)
    it.each([
      ['The Iowa Senate voted 30-20. Republicans said the Senate would meet again.', ownBody('senate')],
      ['The state Senate voted 30-20, and Democrats walked out of the Senate.', ownBody('senate')],
      ['Ohio lawmakers met. The Senate passed the budget, Republicans said.', ownBody('senate')],
      ['BERLIN — The Senate voted; the Ostland Democrats backed the bill.', ownBody('senate')],
      ['PARIS — The Senate voted; the Republicans backed the bill.', 'org:senate-fr'],
    ])('%j -> %s', (text, id) => {
      expect(body(text, 'Senate')).toContain(id);
      expect(body(text, 'Senate')).not.toContain('org:senate-us');
    });
  });

  it("joins a state's body named alone in a text naming none of its countries to the one such body of the others", () => {
    const merged = (texts: string[]) =>
      mergeActors(texts.map((text, k) => ({ articleId: `a${k}`, candidates: findActorCandidates(text) })))
        .mentions.filter((m) => m.text === 'Senate')
        .map((m) => m.actorId);
    // (One country's Senate in the corpus: the story's; two: the text's own.)
    expect(merged(['The Senate voted, Paris said.', 'The Senate met on Friday.'])).toEqual([
      'org:senate-fr',
      'org:senate-fr',
    ]);
    expect(
      merged([
        'The Senate voted, Paris said.',
        'The Senate met on Friday.',
        'The Senate met, Washington said.',
      ]),
    ).toEqual(['org:senate-fr', ownBody('senate', 'a1'), 'org:senate-us']);
    // (Of two countries with a Senate, the one named last before it.)
    expect(merged(['Talks in Washington ended. In Manila, the Senate will vote.'])).toEqual([
      'org:senate-ph',
    ]);
  });

  it('keeps an ambiguous surname with the person named in the same article', () => {
    const { mentions } = mergeActors([
      { articleId: 'a', candidates: findActorCandidates('Foreign Minister Wang Yi spoke. Wang said no.') },
      {
        articleId: 'b',
        candidates: findActorCandidates('Wang Lei, a researcher at the academy, spoke. Wang said yes.'),
      },
    ]);
    const wang = (articleId: string) =>
      mentions.filter((m) => m.articleId === articleId && m.text === 'Wang').map((m) => m.actorId);
    expect(wang('a')).toEqual(['person:wang-yi']);
    expect(wang('b')).toEqual(['person:wang-lei']);
  });

  it('gives a surname two persons of one article share to the one it named first', () => {
    const text =
      'Tordis Olstad, who built a ferry line, has died. Her son, Ketil Olstad, said she died at home. ' +
      'Olstad took over the ferry in 1958. "She never stopped," Ketil said.';
    const { mentions } = findActors(text);
    const olstad = mentions.filter((m) => m.text === 'Olstad').map((m) => m.actorId);
    expect(olstad).toEqual(['person:tordis-olstad']);
    // (A surname before the second person is named is the first's too.)
    const before = findActors(
      'Aslaug Tesslow, 24, finished fourth. Tesslow said the delay nearly ended her career. ' +
        '"We kept going," her mother, Gunnhild Tesslow, said. Tesslow races on Saturday.',
    ).mentions.filter((m) => m.text === 'Tesslow');
    expect(before.map((m) => m.actorId)).toEqual(['person:aslaug-tesslow', 'person:aslaug-tesslow']);
  });

  it('confirms a full name through a titled surname', () => {
    const { actors } = mergeActors([
      { articleId: 'a', candidates: findActorCandidates('Tomas Novak arrived. Mr. Novak left.') },
    ]);
    expect(actors).toEqual([
      { id: 'person:tomas-novak', name: 'Tomas Novak', kind: 'person', aliases: ['Novak'] },
    ]);
  });

  describe('a title-case headline\'s verb after "to" is no part of the name after it', () => {
    it.each([
      [
        'Dravenick to Buy Drossel for $4 Billion\n\nDravenick Group agreed to buy Drossel Therapeutics Inc. Drossel said its board backed the deal, and Drossel shares rose.',
        'org:drossel-therapeutics-inc',
        'Drossel',
      ],
      [
        'Ostrovar Group to Acquire Bellquist Bancorp in Deal\n\nOstrovar agreed to buy Bellquist Bancorp, and Bellquist said it agreed.',
        'org:bellquist-bancorp',
        'Bellquist Bancorp',
      ],
    ])('%j -> %s', (text, id, form) => {
      const { actors, mentions } = findActors(text);
      expect(actors.filter((a) => a.id.includes('buy') || a.id.includes('acquire'))).toEqual([]);
      expect(mentions.filter((m) => m.actorId === id).map((m) => m.text)).toContain(form);
    });
  });

  it('does not make a person of a capitalised phrase without evidence', () => {
    const { actors } = mergeActors([
      { articleId: 'a', candidates: findActorCandidates('Fresh Talks Planned for Spring Session') },
    ]);
    expect(actors).toEqual([]);
  });
});

describe('known limitations (these fail today; each shows what is missing)', () => {
  // A title-case headline glues the surname to the verbs after it ("Novak Visits Kenya" is one
  // capitalised run), so the headline's mention is lost even when the person is confirmed below.
  it.fails('finds a confirmed person in a title-case headline', () => {
    const { mentions } = findActors('Novak Visits Kenya\n\nPrime Minister Tomas Novak arrived on Monday.');
    expect(mentions.filter((m) => m.actorId === 'person:tomas-novak').map((m) => m.text)).toEqual([
      'Novak',
      'Tomas Novak',
    ]);
  });

  // Names with commas inside ("Institute of Russian, East European and Central Asian Studies") end
  // at the first comma.
  it.fails('keeps an organisation name with a comma in it whole', () => {
    expect(ids('She is a researcher at the Institute of Baltic, Nordic and Arctic Studies.')).toEqual([
      'org:institute-of-baltic-nordic-and-arctic-studies',
    ]);
  });
});

describe('findActors(text): organisations by evidence around the name', () => {
  describe('organisations named by the words around them', () => {
    it.each([
      ['The mine is run by state-owned Pellaro, the agency found.', 'org:pellaro'],
      ['Tomas Ruud, an analyst at Bluefin Ledger, was cautious.', 'org:bluefin-ledger'],
      ['Dana Kell, an energy analyst at Lagos-based Quorin Insight, said so.', 'org:quorin-insight'],
      // People who work or study at an institution, with or without "the".
      ['Dana Kell, then a graduate student at Harwick, said so.', 'org:harwick'],
      ['Experts at the Veldhuis in Leiden examined the painting.', 'org:veldhuis'],
      ['On Monday Halvex’s chief executive, Maria Lund, resigned.', 'org:halvex'],
      ['Investors sold shares of Trevallo after the warning.', 'org:trevallo'],
      // Its shares trade; firms merge.
      ['Trade was thin on Monday, and Dunmore shares fell 5%.', 'org:dunmore'],
      ['Markets were calm, and Corvane stock closed higher.', 'org:corvane'],
      ['It completed the merger with Vistrel in 2024.', 'org:vistrel'],
      // Where someone works.
      ['She then worked for five years at Vellum, where she met him.', 'org:vellum'],
      ['After a brief spell at Harcourt Lyle he left the City.', 'org:harcourt-lyle'],
      // The market its shares trade on.
      ['Shares of Dunmore fell 7.4% to $41.20 on the Kessex.', 'org:kessex'],
      ['Corvane rose 2 per cent on Nordbourse.', 'org:nordbourse'],
      ['The mine’s owner, Pellaro, was fined. Pellaro chairman Ivo Brandt said so.', 'org:pellaro'],
      ['The statement came from Doveline (NYSE: DVL) late on Friday.', 'org:doveline'],
      ['Prices were set by Norvalk, the Danish clearing house.', 'org:norvalk'],
      ['The sale was handled by his gallery, Blue Marrow, which said nothing.', 'org:blue-marrow'],
      ['Anna Berg, the former chief executive of Tidewell Global, spoke.', 'org:tidewell-global'],
      ['Erna Dahl, a former chair of Norvik, spoke.', 'org:norvik'],
      ['Viktor Orlov, head of Donskoy Agro, was accused of fraud.', 'org:donskoy-agro'],
      ['The line will be run by Brackley Metrolink, the council-owned operator.', 'org:brackley-metrolink'],
      ['The watchdog fined Nordlandsbanken 540 million kronor.', 'org:nordlandsbanken'],
      ['The court fined Halvex £4.2m on Monday.', 'org:halvex'],
      ['A Treasury spokesperson said the government did not comment.', ownBody('treasury')],
      ['A Halvex spokesman declined to comment.', 'org:halvex'],
      ['Marco Rossi, the interior minister and Avanti Popolo leader, said so.', 'org:avanti-popolo'],
      ["Talks broke down. Kessel Bahn's head of personnel, Mara Lind, spoke.", 'org:kessel-bahn'],
      // The verb after the name is the noun's before it.
      ['Analysts at Fenwick Stoll said the price looked full.', 'org:fenwick-stoll'],
      ['A group calling itself Korvath claimed the attack.', 'org:korvath'],
      ['Workers at the plant praised the company’s Clear Path unit on Monday.', 'org:clear-path'],
      ['Shares fell after rival Vantor cut its forecast.', 'org:vantor'],
      ['Analysts were surprised when Vantor said it would cut 300 jobs.', 'org:vantor'],
      ['In the second quarter Halden reported a loss of $4 million.', 'org:halden'],
      // Through a possessive among the apposition's words.
      ["Thames Water, the UK's largest water company, said it needed money.", 'org:thames-water'],
      ["Funding came from Korvane, the Council of Europe's film fund.", 'org:korvane'],
      // At a sentence's start: what a company owns, or an apposition closed right after its noun.
      ["Tesco's shares fell 3% on Monday.", 'org:tesco'],
      ['Ofwat, the water regulator, rejected the plan.', 'org:ofwat'],
      ['Cosatu, the trade union federation, called a strike.', 'org:cosatu'],
      ['The two sides met at Mediva, the conciliation service.', 'org:mediva'],
      ['Its money came from Eurokino, the film fund of the Council of Europe.', 'org:eurokino'],
      ['Brannvik, the industry body, says plantings have doubled.', 'org:brannvik'],
      ['Rail firms were upbeat. KR, the Kessian state railway, said it would study it.', 'org:kr'],
      // A person's "of the" a body, the apposition the body's.
      [
        '"Yes," said Pandit Mohan Trivedi of the Varna Vidya Parishad, a body of scholars that meets yearly.',
        'org:varna-vidya-parishad',
      ],
      // Through a plural possessive among the apposition's words.
      ["Carewatch Brent, the local patients' watchdog, said people were angry.", 'org:carewatch-brent'],
      // An apposition whose determiner is a name's possessive.
      ["Talks with Halvorsen Brandt, South Africa's biggest lender, failed.", 'org:halvorsen-brandt'],
      ["Marie Léon, head of the Vorsa, Norway's largest union, said so.", 'org:vorsa'],
      // A source cited: what it reports or quotes, and a title in another language told or cited.
      ['Dagens Nyheter reported that the bank had ignored warnings.', 'org:dagens-nyheter'],
      ['On Friday Vestbo Tidende quoted the mayor as saying so.', 'org:vestbo-tidende'],
      ['Her lawyer told El Correo that she had done nothing wrong.', 'org:el-correo'],
      ['According to La Gazzetta, the deal is close.', 'org:la-gazzetta'],
      // A source cited at a sentence's start, and one that speaks in a text that cites the press.
      ['Interfax, citing a source, said the man was held.', 'org:interfax'],
      ['Aftenposten quoted the chair as saying so.', 'org:aftenposten'],
      ['The state news agency said so. Kommersant said the deputy left.', 'org:kommersant'],
      ['The business daily broke the story. Vedomosti reported that he left.', 'org:vedomosti'],
      // A title with an article, a connector or a number inside, and one a daily is apposed to.
      ['O Globo reported that the deal was close.', 'org:o-globo'],
      ['Folha de S.Paulo reported the deal.', 'org:folha-de-s-paulo'],
      ['Il Sole 24 Ore, the business daily, reported that the plan was ready.', 'org:il-sole-24-ore'],
      ['Kommersant, the Russian business daily, said he had left.', 'org:kommersant'],
      // A title with a connector inside, cited.
      ['According to Corriere della Sera, the minister left.', 'org:corriere-della-sera'],
      // A name between "the" and a noun of the press.
      ['The Nikkei business daily reported that talks would go on.', 'org:nikkei'],
      ['Shares fell, the Asahi newspaper said.', 'org:asahi'],
      // Each name of a list of sources.
      ['De Volkskrant and NRC both reported that two firms were under investigation.', 'org:de-volkskrant'],
      ['Kathimerini, Ta Nea and Proto Thema reported the deal.', 'org:kathimerini'],
      ['Kathimerini, Ta Nea and Proto Thema reported the deal.', 'org:ta-nea'],
      ['Kathimerini, Ta Nea and Proto Thema reported the deal.', 'org:proto-thema'],
      // A title's word after "the", before a cue word that ends the name.
      ['They finished fourth in the Premier Federation last season.', 'org:premier-federation'],
      // A public service named after a nation, opening a sentence where its word is written in
      // lower case too; a web address's name; a lone name before "and" and a known firm's; a
      // name that owns a person named in full.
      ['The police were called. Police Wales believe the gang planned it.', 'org:police-wales'],
      ['She was commentating for Tellnet.com on Friday.', 'org:tellnet-com'],
      ['The judge dismissed claims against Vantorix and Apple, ruling otherwise.', 'org:vantorix'],
      ["Halvex Unie's Tomas Novak says a strike will follow.", 'org:halvex-unie'],
      // A price moving by a share of itself, in a clause after another.
      ['Trade was weak: Brackmere dropped 3.9% and Tellvane fell 4% on Monday.', 'org:tellvane'],
      ['Grocers slid, Tellvane lost 2.5 per cent and Brackmere rose.', 'org:tellvane'],
      // A clause only a firm takes: its founder, its owner, its parent.
      ['The failure recalled Korvix, whose founder was jailed in 2023.', 'org:korvix'],
      ['Rivals circled. Talvera, owned by the Halden Group, is the likeliest bidder.', 'org:talvera'],
      ['The suit names Quellby, a unit of Marrow Holdings, as a defendant.', 'org:quellby'],
      // A plural noun of firms before a list, a label's and an Irish legal form's last word.
      ['Its creditors include lessors Dunharrow and Aspley.', 'org:aspley'],
      ['She is suing her label, Brindle Records, for royalties.', 'org:brindle-records'],
      [
        'The jets belong to Kestrow Aviation Leasing DAC, which declined to comment.',
        'org:kestrow-aviation-leasing-dac',
      ],
    ])('%j -> %s', (text, id) => {
      expect(ids(text)).toContain(id);
    });

    it.each([
      // A ministry's remit listed with commas and "and" is one name.
      [
        'The Department for Fisheries, Forests and Water Supply said it would act.',
        ['org:department-for-fisheries-forests-and-water-supply'],
      ],
      [
        'Officials said the Ministry of Mines, Harbours and Labour would act.',
        ['org:ministry-of-mines-harbours-and-labour'],
      ],
      // (Places after the comma are no remit.)
      [
        'The Ministry of Defence, Norway and Sweden said so.',
        ['country:NO', 'country:SE', 'org:ministry-of-defence'],
      ],
    ])('%j -> %j', (text, expected) => {
      expect(ids(text).sort()).toEqual(expected);
    });

    it.each([
      // (Not the last word of a name read apart from the one before it.)
      ["Analysis by BBC Sport's Tomas Novak followed.", 'org:sport'],
      // What is counted in a place, and a name opening a sentence, before a price's move.
      ['Imports of gas into Dunmere rose by about 60% last year.', 'org:dunmere'],
      ['Markets were mixed on Friday. Kessenta rose 1% by noon, and gold slipped.', 'org:kessenta'],
      // A thing owned, after "the", and a place a clause of a firm follows.
      ['The tanker Marla Bay, owned by a Greek firm, ran aground.', 'org:marla-bay'],
      [
        'It is owned by Halvik Fisk, based in the town of Lysekor, whose chief executive left.',
        'org:lysekor',
      ],
    ])('%j is not %s', (text, id) => {
      expect(ids(text)).not.toContain(id);
    });

    it.each([
      // A place or a venue before the verb, a person's surname, or a firm's results.
      ['Hardware stores in Lynn Haven reported selling out of plywood.', 'org:lynn-haven'],
      ['She cancelled her show at Kellner Arena, citing exhaustion.', 'org:kellner-arena'],
      ['Marine Le Pen spoke first. Le Pen reported that the vote was lost.', 'org:le-pen'],
      // A plural noun opening a sentence, and a lone name speaking where no press is cited.
      ['Officials, citing security, declined to comment.', 'org:officials'],
      ['The newspaper said so. Witnesses said the car sped off.', 'org:witnesses'],
      ['Kommersant said the deputy left.', 'org:kommersant'],
      // A person's name with a connector, cited.
      ['According to Juan de la Cruz, the minister left.', 'org:juan-de-la-cruz'],
      // A place before a noun of the press.
      ['Shares fell, the Moscow daily said.', 'org:moscow'],
      // A topic's word before "weekly" or "daily", and "daily" as an adjective before a noun.
      ['He wrote in the Brexit weekly that the deal was dead.', 'org:brexit'],
      ['Trade slowed in post-Megxit Britain. She wrote in the Megxit weekly that trade fell.', 'org:megxit'],
      ['She told the Covid daily briefing that cases were rising.', 'org:covid'],
      ['The Halden weekly column said the talks had stalled.', 'org:halden'],
      // A market's adjective before its shares.
      ['Markets fell, and Asian shares slipped.', 'org:asian'],
      ['The carmaker grew, and its Hong Kong-listed shares rose.', 'org:hong-kong-listed'],
      // Persons listed before what sources do.
      ['Anna Berg and Tomas Novak reported the find.', 'org:anna-berg'],
      ['Anna Berg and Tomas Novak reported the find.', 'org:tomas-novak'],
    ])('%j has no %s', (text, id) => {
      expect(ids(text)).not.toContain(id);
    });

    it('links the name’s other mentions to it', () => {
      const text = 'Pellaro said on Monday that output fell. The mine is run by state-owned Pellaro.';
      const mentions = findActors(text).mentions.filter((m) => m.actorId === 'org:pellaro');
      expect(mentions.map((m) => m.text)).toEqual(['Pellaro', 'Pellaro']);
    });

    it('takes an acronym shown by an apposition where no long form defines it', () => {
      expect(ids('Metro service was cut, the Paris transit authority, PTRA, said.')).toContain('org:ptra');
      expect(ids('Scientists at the NSRA, the national science agency, agreed.')).toContain('org:nsra');
    });

    it('takes an acronym shown by the words around it, opening a sentence too, but not by a verb alone', () => {
      expect(ids('Anglo agreed a deal. Shares in BHP rose 2%.')).toContain('org:bhp');
      expect(ids('An analyst at UBS said the rally would last.')).toContain('org:ubs');
      expect(ids('BHP chairman Ken MacKenzie spoke.')).toContain('org:bhp');
      expect(ids('The CFO said it would cut costs.')).not.toContain('org:cfo');
    });

    it('takes a lone name opening a sentence before what only a firm says of itself or reports', () => {
      expect(ids('Shoes were made there. Dunvale said it would seek answers.')).toContain('org:dunvale');
      expect(ids('Sales slowed. Northline reported a loss.')).toContain('org:northline');
      // Not a plural noun, a word opening a quote, nor a common word before what it says of others.
      expect(ids('Talks failed. Insurers said it would take weeks.')).not.toContain('org:insurers');
      expect(ids('The storm hit. "Daddy said it was the end," she said.')).not.toContain('org:daddy');
      expect(ids('The lead is early. History says it rarely lasts.')).not.toContain('org:history');
      // Nor a person's surname the text has named in full.
      expect(ids('Alex de Minaur won. Minaur said it would be hard.')).not.toContain('org:minaur');
    });

    it.each([
      // A person's evidence comes first: a given name, a title, an age.
      ['Anna Berg said it would take time.', 'org:anna-berg'],
      ['Maria Lund, 52, an analyst at Halvex, said it was over.', 'org:maria-lund'],
      // A surname the text writes with a person's evidence is no company's.
      ['Pierre Garnier won. The startup Garnier founded makes enzymes.', 'org:garnier'],
      // A word that only opens a sentence.
      ['Company founder Ivo Brandt said the deal was done.', 'org:company'],
      ["Investors' shares fell.", 'org:investors'],
      ["Everyone's board agreed.", 'org:everyone'],
      ['Critics, the group said, were wrong.', 'org:critics'],
      ['Overall, the lender, a building society, did well.', 'org:overall'],
      ['Still, the Swiss bank, which employs 400, said no.', 'org:still'],
      // Places and cities.
      ['An analyst at Birmingham said so.', 'org:birmingham'],
      ['Shares of Germany fell.', 'org:germany'],
      // Not a place the text writes after "in" too, nor a career's stage or a task.
      ['Staff in Kesworth were told. She worked at Kesworth for years.', 'org:kesworth'],
      ['He spent his whole career at Ostby Park.', 'org:ostby-park'],
      // Not a day shares moved on, nor a headline's cause.
      ['Shares rose 2% on Boxing Day.', 'org:boxing-day'],
      ['Dunmore Profit Jumps 31% on Strong Sales\n\nDunmore said so.', 'org:strong-sales'],
      // A spokesman's owner with a role of his own, and a role after the apposition's noun.
      ['Tomas Ruud, a party member, voted no.', 'org:tomas-ruud'],
      // Nouns of a person's trade or of places are no evidence.
      ['Hal Brannigan, an Ohio club professional who won, died.', 'org:hal-brannigan'],
      ['The Internet, the global network of computers, grew.', 'org:internet'],
      // Evidence a person may have too, on a name of two words.
      ['Ivo Kessler said it would rain.', 'org:ivo-kessler'],
    ])('%j has no %s', (text, id) => {
      expect(ids(text)).not.toContain(id);
    });
    it('reads no place the text writes after "in" as where people work ("staff at Kesworth")', () => {
      const text =
        'Counting staff at Kesworth leisure centre returned for the recount in Kesworth, said a lecturer at Harwick.';
      expect(ids(text)).toEqual(['org:harwick']);
    });
  });

  describe('a lone name acting inside a sentence, with no person’s evidence', () => {
    it.each([
      ['Flights were cut, and Heathrow said most passengers faced delays.', 'org:heathrow'],
      ['The strike spread, and Eurostar scrapped eight trains.', 'org:eurostar'],
      ['Talks ended after its partner Velmora quit the alliance.', 'org:velmora'],
      // At a sentence's start, where the text writes the name inside a sentence too.
      ['Heathrow said the runway was shut. A strike at Heathrow was called off.', 'org:heathrow'],
    ])('%j -> %s', (text, id) => {
      expect(ids(text)).toContain(id);
    });

    it.each([
      // The surname of a person the text names in full, or with a title.
      ['Maria Lund joined. Later, Lund said the case was over.', 'org:lund'],
      ['Rosa Ibarra-Quintero sued. The judge ruled, and Quintero said no more.', 'org:quintero'],
      ['Mr. Halvorsen spoke, and Halvorsen said no.', 'org:halvorsen'],
      // The end of a longer name, a place, a word that opens the sentence.
      ['Experts at the Ifo Institute in Munich said the row was small.', 'org:munich'],
      ['Senior meteorologist Summer Nguyen said rain was coming.', 'org:nguyen'],
      ['Eskom said the cuts would go on.', 'org:eskom'],
      ['Analysts said prices would rise. Analysts warned of more.', 'org:analysts'],
      // A verb that is no act of a body.
      ['The strike spread, and Velmora laughed.', 'org:velmora'],
    ])('%j has no %s', (text, id) => {
      expect(ids(text)).not.toContain(id);
    });
  });

  describe('a lone word joined from two capitalised words, as brands are coined', () => {
    it.each([
      ['A poll by VoteCast found support had slipped.', 'org:votecast'],
      ['The round was led by investors tracked by DealLedger.', 'org:dealledger'],
      ['Fares on TrentRail rose again.', 'org:trentrail'],
      // After the place it is in, a firm's own.
      ["Scotland's TrentRail raised fares.", 'org:trentrail'],
    ])('%j -> %s', (text, id) => {
      expect(actor(text, id)?.kind).toBe('organisation');
    });
    it.each([
      // A surname's prefix, a given name's of two letters.
      ['The ruling was welcomed by MacKinnon.', 'org:mackinnon'],
      ['Fans cheered as DeShawn arrived.', 'org:deshawn'],
      // A product: one that belongs to someone, or has a model's number, in any of its mentions.
      ['Buyers agreed to take its FlexLink switches.', 'org:flexlink'],
      ["The recall covers Kestrel's HeatWave heaters.", 'org:heatwave'],
      ['It arrives on PC and GameStation. On the older GameStation 4, it stuttered.', 'org:gamestation'],
    ])('%j has no %s', (text, id) => {
      expect(ids(text)).not.toContain(id);
    });
  });

  describe('a party named by its members, "the Greens", in a text about an election', () => {
    it.each([
      ['The Greens won 14 seats in the election.', 'org:greens'],
      ['He ruled out a coalition with the Progressives after the vote.', 'org:progressives'],
      // A later mention without "the" links to it.
      ['The Agrarians lost seats in the election. Agrarians leader Ana Berg quit.', 'org:agrarians'],
      // Any sentence that writes the label may show it: members counted, a word of what parties do.
      ['The vote is close. That leaves the three Greens, and the Greens know it.', 'org:greens'],
      ['The vote is close. Tomorrow the Greens ask their members. The Greens won 14 seats.', 'org:greens'],
    ])('%j -> %s', (text, id) => {
      expect(actor(text, id)?.kind).toBe('organisation');
    });
    it('links the label to the party’s full name', () => {
      const text = 'The Socialist Party lost. The Socialists won 20 seats in the election.';
      expect(actor(text, 'org:socialist-party')?.aliases).toEqual(['Socialists']);
    });
    // (Each text names a party as well, so that the rule is at work.)
    const vote = (sentence: string) => `${sentence} The Greens won 14 seats in the election.`;
    it.each([
      // A place, a longer name's first word or a word inside one, a family the text names a person of.
      [vote('He went fishing in the Adirondacks.'), 'org:adirondacks'],
      [vote('The Nurses’ Guild backed the vote.'), 'org:nurses'],
      [vote('Campaigners from Eastbridge Against the Cuts met.'), 'org:cuts'],
      [vote('Senator Jo Whitlock voted. The Whitlocks left early.'), 'org:whitlocks'],
      // A label no sentence shows doing what parties do: a river, a region, a band.
      [vote('Skaters came out when the Tavers froze solid.'), 'org:tavers'],
      [vote('A storm battered the Marolinas overnight.'), 'org:marolinas'],
      [vote('Formed in 1997, the Lanterns released three albums.'), 'org:lanterns'],
    ])('%j has no %s', (text, id) => {
      const found = ids(text);
      expect(found).toContain('org:greens');
      expect(found).not.toContain(id);
    });
  });

  describe('a firm’s short form: the first word of its name in full', () => {
    it.each([
      ['Quantrel Inc beat forecasts. Quantrel expects sales to rise.', 'org:quantrel-inc'],
      ['Shares of Zorvik Mining Group fell. Zorvik shares fell 3% in Toronto.', 'org:zorvik-mining-group'],
      // A name ending in a firm's plural trade or its legal form as a cue word of its own.
      [
        'Families sued over a Kelvor Industries plant. Kelvor, a maker of paint, said it would appeal.',
        'org:kelvor-industries',
      ],
      ['Tressom Foods agreed a deal. Tressom runs 80 shops.', 'org:tressom-foods'],
    ])('%j -> %s', (text, id) => {
      expect(actor(text, id)?.aliases).toHaveLength(1);
    });
    // (Each text has a firm's short form as well, so that the rule is at work.)
    const firm = (sentence: string) => `${sentence} Quantrel Inc grew, and Quantrel expects more.`;
    it.each([
      // A word that opens a body's name too, a place the text writes as one, a demonym.
      [
        firm('Millbrook City Council met. Millbrook Steel Inc closed. Millbrook expects rain.'),
        'org:millbrook-steel-inc',
      ],
      [
        firm('Alvedon Energy Ltd grew. Alvedon expects rain, as homes in Alvedon flooded.'),
        'org:alvedon-energy-ltd',
      ],
      [firm('European Metals Plc grew. European shares rose.'), 'org:european-metals-plc'],
      // A place listed after one the text writes as a place.
      [
        firm('Quorran Fibre Pty sold wool at auctions in Zelmar, Osvik and Quorran.'),
        'org:quorran-fibre-pty',
      ],
    ])('%j: %s has no short form', (text, id) => {
      expect(actor(text, 'org:quantrel-inc')?.aliases).toEqual(['Quantrel']);
      expect(actor(text, id)?.aliases).toEqual([]);
    });
  });

  describe('a body named by its head word alone: "the Commission", "the Treasury"', () => {
    it.each([
      [
        'The Northern Water Commission met. The Commission said rates would rise.',
        'org:northern-water-commission',
      ],
      ['The Arlen Monetary Fund lent more, and the Fund said talks went well.', 'org:arlen-monetary-fund'],
      ['Voters elected the Vestan Assembly. The Assembly will sit in May.', 'org:vestan-assembly'],
      // Before a title and the name of the one who holds it.
      [
        'The Northern Water Commission met. Commission President Anna Berg said rates would rise.',
        'org:northern-water-commission',
      ],
      ['The Vestan Assembly sat. Later, Assembly Vice-President Tomas Novak spoke.', 'org:vestan-assembly'],
    ])('%j -> %s and its head word', (text, id) => {
      expect(actor(text, id)?.aliases.length).toBe(1);
    });
    it('finds both the body and the person in a title chain', () => {
      const text = 'The Northern Water Commission met. Commission President Anna Berg said rates would rise.';
      expect(findActors(text).mentions.map((m) => [m.text, m.actorId])).toEqual([
        ['Northern Water Commission', 'org:northern-water-commission'],
        ['Commission', 'org:northern-water-commission'],
        ['Anna Berg', 'person:anna-berg'],
      ]);
    });
    it.each([
      ['The Treasury declined to comment.', ownBody('treasury')],
      // (Its country before it names whose it is.)
      ['The U.S. Treasury said it would sell more bonds.', 'org:treasury-us'],
      ['Amos Ruto, who heads the National Treasury, said no.', 'org:national-treasury'],
      ['Earlier this year the Navy was forced to pull the ship.', ownBody('navy')],
    ])('%j -> %s', (text, id) => {
      expect(actor(text, id)?.kind).toBe('organisation');
    });
    it.each([
      // Two bodies with the word, none, or a state's head where someone served.
      ['The Bank of Arlen and the Vestan Central Bank held rates. The Bank said inflation fell.', 'org:bank'],
      ['The Commission said rates would rise.', 'org:commission'],
      ['He served in the Navy during the war.', ownBody('navy')],
    ])('%j has no %s', (text, id) => {
      expect(ids(text)).not.toContain(id);
    });
    it('links a head word alone to no longer name of another text', () => {
      const { mentions } = mergeActors([
        {
          articleId: 'a',
          candidates: findActorCandidates(
            'Kenya’s finance minister, who heads the National Treasury, said no.',
          ),
        },
        { articleId: 'b', candidates: findActorCandidates('The Treasury declined to comment.') },
      ]);
      expect(mentions.find((m) => m.articleId === 'b')?.actorId).toBe(ownBody('treasury', 'b'));
    });
  });

  describe('names listed after a plural noun of companies', () => {
    it.each([
      [
        'Rival grocers Brackenfield and Orla Markets declined to comment.',
        ['org:brackenfield', 'org:orla-markets'],
      ],
      ['It competes with companies including Ocado and Symbotic.', ['org:ocado', 'org:symbotic']],
      [
        'Banks such as Halden, Velmora and Quellan Trust cut rates.',
        ['org:halden', 'org:quellan-trust', 'org:velmora'],
      ],
      // Or counted by the next sentence's subject.
      [
        'Kestova and Brandmark have gained most. The two German-owned discounters now hold a fifth.',
        ['org:brandmark', 'org:kestova'],
      ],
    ])('%j -> %j', (text, expected) => {
      expect(ids(text).sort()).toEqual(expected);
    });
    it.each([
      // A person's name, a place, or nouns of people.
      ['Rivals Anna Berg and Tomas Novak spoke.', 'org:anna-berg'],
      ['Firms in Norway and Sweden grew.', 'org:norway'],
      ['Investors including Kestrel and Harlow sold.', 'org:kestrel'],
      ['Kestova and Brandmark met on Monday. The two ministers agreed.', 'org:kestova'],
      ['Kestova, Brandmark and Halden have gained. The two discounters lead.', 'org:kestova'],
    ])('%j has no %s', (text, id) => {
      expect(ids(text)).not.toContain(id);
    });
  });

  describe('a lone name listed after an organisation’s name of two words or more', () => {
    it.each([
      ['Deutsche Bank and Commerzbank ended merger talks.', 'org:commerzbank'],
      ['Shares in Tata Motors and Mahindra rose.', 'org:mahindra'],
      // A list that "and" closes, by commas.
      ['Shares in Harcourt Lyle, Velmora and Quellan rose.', 'org:velmora'],
      ['Shares in Harcourt Lyle, Velmora and Quellan rose.', 'org:quellan'],
    ])('%j -> %s', (text, id) => {
      expect(ids(text)).toContain(id);
    });

    it.each([
      // A person's surname, two lone names, a place.
      ['Kristalina Georgieva spoke. The World Bank and Georgieva agreed.', 'org:georgieva'],
      ['Shares in Marks and Spencer rose.', 'org:marks'],
      ['The European Union and Britain agreed.', 'org:britain'],
      // A comma that opens no list.
      ['The deal with Harcourt Lyle Group, Velmora admitted, was late.', 'org:velmora'],
    ])('%j has no %s', (text, id) => {
      expect(ids(text)).not.toContain(id);
    });
  });

  describe('teams in a sports report by the words around them', () => {
    const race = (sentence: string) => `${sentence} The race ran over 58 laps before a podium finish.`;
    it.each([
      [race('Ana Ruiz finished fourth for Velocor after starting sixth.'), 'org:velocor'],
      [race('He was ahead of Williams driver Carlos Sainz.'), 'org:williams'],
      [race('The Brightline driver made a clean start.'), 'org:brightline'],
    ])('%j -> %s', (text, id) => {
      expect(ids(text)).toContain(id);
    });
    const match = (sentence: string) =>
      `${sentence} The striker was booked and the goalkeeper saved a penalty.`;
    it.each([
      [match('Hallam Rovers lead the table after six games.'), 'org:hallam-rovers'],
      [match('The visitors frustrated Northgate Athletic all afternoon.'), 'org:northgate-athletic'],
      // A town's word where the text writes the name as a team's.
      [match('Hallam beat Eastwick City 3-1 on Friday.'), 'org:eastwick-city'],
      // After "for" or "and" in a run of names; a town's word beside another club's name.
      [match('Wins for Hallam Rovers left the table tight.'), 'org:hallam-rovers'],
      [
        match('Points for Northgate Athletic and Eastwick City left the table tight.'),
        'org:northgate-athletic',
      ],
      [match('Points for Northgate Athletic and Eastwick City left the table tight.'), 'org:eastwick-city'],
    ])('clubs by their last word: %j -> %s', (text, id) => {
      expect(ids(text)).toContain(id);
    });
    it.each([
      [match('The cross was punched clear by Kestrel goalkeeper Ruben Castell.'), 'org:kestrel'],
      [match('It was a night to forget for Holmfield fans.'), 'org:holmfield'],
    ])('a lone name before a role of its team: %j -> %s', (text, id) => {
      expect(ids(text)).toContain(id);
    });
    it.each([
      [match('The coach, who joined from Kestrova last year, was pleased.'), 'org:kestrova'],
      [match("They have had no forward since Ari Soltan's move to Brantholm in June."), 'org:brantholm'],
    ])('a club a player or a coach moves from or to: %j -> %s', (text, id) => {
      expect(actor(text, id)?.kind).toBe('organisation');
    });
    it('moving to a name is no club outside a sports report', () => {
      expect(ids('The family moved to Brantholm in June.')).not.toContain('org:brantholm');
    });
    it.each([
      // The sides of a result: a subject a score follows, the object of "beat" and a score, of
      // "drew with", "lost to", "at home to", "a win over".
      [match('Harrowby beat Kelsall 2-1 on Saturday.'), 'org:harrowby'],
      [match('Harrowby beat Kelsall 2-1 on Saturday.'), 'org:kelsall'],
      [match('Dunsford drew 1-1 with Marlowe on Sunday.'), 'org:dunsford'],
      [match('Dunsford drew 1-1 with Marlowe on Sunday.'), 'org:marlowe'],
      [match('It was a 3-0 win over Kelsall at the weekend.'), 'org:kelsall'],
      [match('Their next game is at home to Brackwater on Friday.'), 'org:brackwater'],
      // The other side of a result a team is in.
      [match('Dunsford drew with Marlowe, who beat Kelsall 2-0 in May.'), 'org:dunsford'],
      // In a clause about the side; a city's name as a side.
      [match('Harrowby, who beat Kelsall 3-0 on Saturday, remain top.'), 'org:harrowby'],
      [match('On Saturday, Leeds beat Dunsford 2-0 at home.'), 'org:leeds'],
    ])('a team named by a result: %j -> %s', (text, id) => {
      expect(actor(text, id)?.kind).toBe('organisation');
    });
    it.each([
      // A player named in full before the surname alone; a match in sets; a place the side is from.
      [match('Carla Moyes scored early. Moyes beat Pattison 2-1 in the sprint.'), 'org:moyes'],
      [match('The final was long. Then Varley beat Orsini 6-4, 3-6, 7-6 (5), 6-3.'), 'org:orsini'],
      [match('The final was long. Then Varley won 7-6 (5), 6-4 at last.'), 'org:varley'],
      [match('The rink from Lunden beat Team Orr 7-5.'), 'org:lunden'],
    ])('no team by a result: %j has no %s', (text, id) => {
      expect(ids(text)).not.toContain(id);
    });
    it.each([
      [match('Dunmore Vale came from behind to win. Vale defender Luka Brenner scored.'), 'org:dunmore-vale'],
      [match('Talks with Brackley Town stalled. Brackley coach Ian Roe said so.'), 'org:brackley-town'],
      // The role a person is named to.
      [match('Talks with Brackley Town stalled after Ian Roe left as Brackley coach.'), 'org:brackley-town'],
    ])('the full name of a team its role shows, with no person’s evidence: %j -> %s', (text, id) => {
      const found = actor(text, id);
      expect(found?.kind).toBe('organisation');
      expect(found?.aliases).toHaveLength(1);
    });
    it.each([
      // A word opening the sentence only there, a player's nation, a Test match.
      [match('Veteran goalkeeper Ruben Castell kept a clean sheet.'), 'org:veteran'],
      [match('They signed Welsh defender Rhys Garnett on loan.'), 'org:welsh'],
      [match('He was made Test captain Alan Keddie’s deputy.'), 'org:test'],
    ])('%j has no %s', (text, id) => {
      expect(ids(text)).not.toContain(id);
    });
    it.each([
      ['New Zealand Cricket confirmed the final would be shown live.', ['org:new-zealand-cricket']],
      ['The trials were run by USA Swimming in June.', ['org:usa-swimming']],
    ])('the body that runs a sport in a country: %j -> %j', (text, expected) => {
      expect(ids(text)).toEqual(expected);
    });
    it.each([
      // A town's word with no sign of a team, a city's own name, and no sports report.
      [match('She grew up in Eastwick City before the war.'), 'org:eastwick-city'],
      [match('The fans flew in from Kansas City on Friday.'), 'org:kansas-city'],
      [match('Fans of Hallam Rovers and Kansas City cheered.'), 'org:kansas-city'],
      ['Hallam Rovers is the name of his boat.', 'org:hallam-rovers'],
    ])('%j has no %s', (text, id) => {
      expect(ids(text)).not.toContain(id);
    });
    it.each([
      // Not a sports report.
      ['The order was placed for Velocor after a delay.', 'org:velocor'],
      // A player's pass is no team's.
      [race('He set up a goal for Kane after a podium run.'), 'org:kane'],
    ])('%j has no %s', (text, id) => {
      expect(ids(text)).not.toContain(id);
    });
  });

  it('reads "Chief Cabinet Secretary" as a title, not a body', () => {
    expect(ids('Chief Cabinet Secretary Minoru Kihara said a successor would be named.')).toEqual([
      'person:minoru-kihara',
    ]);
  });

  describe('reads a full name with no evidence of its own as a person where the words around it show one', () => {
    it.each([
      ['The prize went to Dr. Lena Holt, Tovan Rask and Dr. Mira Sand for their work.', 'person:tovan-rask'],
      ['The firm was founded by Dr. Lena Holt and Tovan Rask in 2019.', 'person:tovan-rask'],
      ['Tovan Rask, who coached the side for a decade, left in May.', 'person:tovan-rask'],
      ["The plant, owned by the region's richest man, Tovan Rask, opened in May.", 'person:tovan-rask'],
      ['His opposite number, Tovan Rask, praised the keeper.', 'person:tovan-rask'],
    ])('%j has %s', (text, id) => {
      expect(ids(text)).toContain(id);
    });
    it.each([
      // No neighbour with evidence, and no relative clause of persons.
      ['The prize went to Velm Holt and Tovan Rask for their work.', 'person:tovan-rask'],
      ['Tovan Rask, which opened in May, sells tools.', 'person:tovan-rask'],
    ])('%j has no %s', (text, id) => {
      expect(ids(text)).not.toContain(id);
    });
  });

  it.each([
    // A job opening the sentence, capitalised there, is a title.
    ['Pollster Tovan Rask called the swing the largest in decades.'],
    ['Opener Tovan Rask made 74 off 48 balls as the Falcons posted 178.'],
    // A verb of play in a sports report.
    [
      'The Falcons won 2-1 in the cup final, a penalty given after Tovan Rask handled in the box. The coach praised the striker.',
    ],
  ])('reads the name in %j as a person', (text) => {
    expect(ids(text)).toContain('person:tovan-rask');
  });

  it.each([
    ['He replaced Tovan ten Rask as Leverkusen coach in September.', 'person:tovan-ten-rask'],
    ['The board named Tovan Rask as chief executive on Monday.', 'person:tovan-rask'],
  ])('reads a name before " as" and a person\'s title as a person: %j', (text, id) => {
    expect(ids(text)).toContain(id);
  });
  it('leaves a name before a role firms are named to as well ("as adviser")', () => {
    expect(ids('They hired Harcourt Lyle as adviser on the deal.')).not.toContain('person:harcourt-lyle');
  });
});

describe('a count opening a sentence before a body or a name', () => {
  it.each([
    ['Two Bank of England policymakers voted for a cut.', 'Bank of England'],
    ['Three Federal Reserve officials spoke on Tuesday.', 'Federal Reserve'],
  ])('is no part of the body in %j', (text, name) => {
    const found = findActorCandidates(text).map((c) => c.text);
    expect(found).toContain(name);
    expect(found.filter((t) => /^(?:Two|Three)\b/.test(t))).toEqual([]);
  });

  it('is no person: "Dozens of Hamas fighters", "Hundreds of residents"', () => {
    const found = findActorCandidates(
      'Dozens of Hamas fighters were killed. Hundreds of residents fled.',
    ).map((c) => c.text);
    expect(found).not.toContain('Dozens');
    expect(found).not.toContain('Hundreds');
  });
});

describe('normalizePhrase(phrase)', () => {
  // Plain phrases take a short cut; each must give the key that tokenizing gives.
  it.each([
    ['New Zealand', 'new zealand'],
    ['Rhode Island', 'rhode island'],
    ['Kremlin', 'kremlin'],
    ['New  Zealand', 'new zealand'],
    ['People’s Republic of Ostravia', 'people republic of ostravia'],
    ['Guinea-Bissau', 'guinea bissau'],
    ['St. Elsewhere', 'st. elsewhere'],
    ['Côte Verte', 'côte verte'],
    ['', ''],
  ])('%j -> %j', (phrase, key) => {
    expect(normalizePhrase(phrase)).toBe(key);
    expect(normalizePhrase(phrase)).toBe(
      tokenize(phrase)
        .map((t) => t.norm)
        .join(' '),
    );
  });
});
