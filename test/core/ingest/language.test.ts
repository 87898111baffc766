import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/ingest/language';

describe('detectLanguage(text)', () => {
  it.each([
    [
      'en',
      'President Vladimir Putin arrived in Beijing on Tuesday for talks with Xi Jinping, the Kremlin said. He will meet the Chinese leader on Wednesday, and the two are expected to sign trade deals.',
    ],
    [
      'fr',
      'PÉKIN, 17 octobre 2023 (AFP) - Le président russe Vladimir Poutine est arrivé mardi à Pékin. Il rencontrera Xi Jinping mercredi, a annoncé le Kremlin lundi.',
    ],
    [
      'de',
      'Der russische Präsident Wladimir Putin ist am Dienstag in Peking eingetroffen. Er wird sich am Mittwoch mit Xi Jinping treffen, teilte der Kreml mit.',
    ],
    [
      'es',
      'El presidente ruso Vladímir Putin llegó el martes a Pekín para una visita de dos días. Se reunirá con Xi Jinping el miércoles, según informó el Kremlin.',
    ],
    [
      'it',
      'Il presidente russo Vladimir Putin è arrivato martedì a Pechino per una visita di due giorni. Incontrerà Xi Jinping mercoledì, ha detto il Cremlino, che non ha dato altri dettagli.',
    ],
    [
      'pt',
      'O presidente russo Vladimir Putin chegou na terça-feira a Pequim para uma visita de dois dias. Ele vai se encontrar com Xi Jinping na quarta-feira, informou o Kremlin, que não deu mais detalhes.',
    ],
    [
      'nl',
      'De Russische president Vladimir Poetin is dinsdag in Peking aangekomen voor een bezoek van twee dagen. Hij heeft woensdag een ontmoeting met Xi Jinping, zo werd door het Kremlin gemeld.',
    ],
    [
      'ru',
      'Президент России Владимир Путин 17 октября 2023 года прибыл в Пекин. В среду он встретился с Си Цзиньпином.',
    ],
    [
      'uk',
      'Президент Росії Володимир Путін 17 жовтня 2023 року прибув до Пекіна. У середу він зустрівся з Сі Цзіньпіном.',
    ],
    [
      'ar',
      'وصل الرئيس الروسي فلاديمير بوتين إلى بكين في 17 أكتوبر 2023. وفي يوم الأربعاء التقى بالرئيس الصيني شي جين بينغ.',
    ],
    [
      'zh',
      '俄罗斯总统普京于2023年10月17日抵达北京，参加第三届"一带一路"国际合作高峰论坛。周三，他与中国国家主席习近平举行会谈。',
    ],
    ['ja', 'ロシアのプーチン大統領は2023年10月17日に北京に到着し、水曜日に中国の習近平国家主席と会談した。'],
    [
      'el',
      'Ο Ρώσος πρόεδρος Βλαντιμίρ Πούτιν έφτασε την Τρίτη στο Πεκίνο για συνομιλίες με τον Σι Τζινπίνγκ.',
    ],
  ])('%s: %j', (code, text) => {
    expect(detectLanguage(text)).toEqual({ english: code === 'en', code });
  });

  it('says a text is not English without naming a language it cannot tell', () => {
    // Polish: Latin script, none of the listed languages.
    expect(
      detectLanguage(
        'Prezydent Rosji Władimir Putin przybył we wtorek do Pekinu na dwudniową wizytę. W środę spotka się z przywódcą Chin Xi Jinpingiem, poinformował Kreml, nie podając dalszych szczegółów rozmów ani planów obu stron.',
      ),
    ).toEqual({ english: false, code: null });
    // Hindi: Devanagari is written for several languages.
    expect(
      detectLanguage('रूस के राष्ट्रपति व्लादिमीर पुतिन मंगलवार को बीजिंग पहुंचे और बुधवार को शी जिनपिंग से मिले।'),
    ).toEqual({
      english: false,
      code: null,
    });
  });

  it.each(['', 'Putin in Beijing', '2023-10-17 12:00', 'Xi Jinping, Vladimir Putin, Beijing, Moscow'])(
    'tells nothing of a text too short to tell: %j',
    (text) => {
      expect(detectLanguage(text).english).not.toBe(false);
    },
  );

  it('reads only the start of a long text', () => {
    const english = 'The minister said on Tuesday that the talks would resume next week. '.repeat(400);
    expect(detectLanguage(english + 'Путин прибыл в Пекин. '.repeat(2000)).code).toBe('en');
  });
});
