#include "metadata/lexicons.h"

namespace pith::lexicon {

namespace {

// The wide names of CLDR (ICU's DateFormatSymbols; lexicons_test.cc checks
// them), for pages in these languages that print the date in words; names
// that MonthNames() already has are not repeated.
constexpr std::pair<std::string_view, int> kCldrMonthNames[] = {
    // Catalan ("22 de febrer de 2016", "3 d'octubre de 2016")
    {"gener", 1}, {"febrer", 2}, {"març", 3}, {"maig", 5}, {"juny", 6}, {"juliol", 7},
    {"agost", 8}, {"setembre", 9}, {"desembre", 12},
    // Bulgarian
    {"януари", 1}, {"февруари", 2}, {"април", 4}, {"юни", 6}, {"юли", 7}, {"септември", 9},
    {"октомври", 10}, {"ноември", 11}, {"декември", 12},
    // Serbian (Cyrillic; MonthNames() has the Latin ones but "avgust")
    {"јануар", 1}, {"фебруар", 2}, {"мај", 5}, {"јун", 6}, {"јул", 7}, {"септембар", 9},
    {"октобар", 10}, {"новембар", 11}, {"децембар", 12}, {"avgust", 8},
    // Finnish (partitive, as dates write them: "22. helmikuuta 2016")
    {"tammikuuta", 1}, {"helmikuuta", 2}, {"maaliskuuta", 3}, {"huhtikuuta", 4},
    {"toukokuuta", 5}, {"kesäkuuta", 6}, {"heinäkuuta", 7}, {"elokuuta", 8}, {"syyskuuta", 9},
    {"lokakuuta", 10}, {"marraskuuta", 11}, {"joulukuuta", 12},
    // Hungarian ("2016. február 22."), with the abbreviations of four
    // letters or more
    {"január", 1}, {"február", 2}, {"március", 3}, {"április", 4}, {"május", 5}, {"június", 6},
    {"július", 7}, {"augusztus", 8}, {"szeptember", 9}, {"október", 10}, {"febr", 2},
    {"márc", 3}, {"szept", 9},
    // Hebrew (dates glue "in" to the name, kMonthNamePrefixes)
    {"ינואר", 1}, {"פברואר", 2}, {"מרץ", 3}, {"אפריל", 4}, {"מאי", 5}, {"יוני", 6},
    {"יולי", 7}, {"אוגוסט", 8}, {"ספטמבר", 9}, {"אוקטובר", 10}, {"נובמבר", 11}, {"דצמבר", 12},
    // Croatian (genitive; not "listopada", which is Polish November)
    {"siječnja", 1}, {"veljače", 2}, {"ožujka", 3}, {"travnja", 4}, {"svibnja", 5},
    {"lipnja", 6}, {"srpnja", 7}, {"kolovoza", 8}, {"rujna", 9}, {"studenoga", 11},
    {"prosinca", 12},
    // Lithuanian (genitive: "2016 m. vasario 22 d.")
    {"sausio", 1}, {"vasario", 2}, {"kovo", 3}, {"balandžio", 4}, {"gegužės", 5},
    {"birželio", 6}, {"liepos", 7}, {"rugpjūčio", 8}, {"rugsėjo", 9}, {"spalio", 10},
    {"lapkričio", 11}, {"gruodžio", 12},
    // Latvian ("2016. gada 22. februāris")
    {"janvāris", 1}, {"februāris", 2}, {"aprīlis", 4}, {"maijs", 5}, {"jūnijs", 6},
    {"jūlijs", 7}, {"augusts", 8}, {"septembris", 9}, {"oktobris", 10}, {"novembris", 11},
    {"decembris", 12},
    // Estonian
    {"jaanuar", 1}, {"veebruar", 2}, {"märts", 3}, {"aprill", 4}, {"juuni", 6}, {"juuli", 7},
    {"oktoober", 10}, {"detsember", 12},
    // Slovak (genitive and nominative) and Slovene
    {"januára", 1}, {"februára", 2}, {"apríla", 4}, {"mája", 5}, {"júna", 6}, {"júla", 7},
    {"augusta", 8}, {"septembra", 9}, {"októbra", 10}, {"novembra", 11}, {"decembra", 12},
    {"marec", 3}, {"apríl", 4}, {"máj", 5}, {"jún", 6}, {"júl", 7}, {"junij", 6}, {"julij", 7},
    // Hindi, and the spellings with a half nasal or without the nukta
    // that pages print as often
    {"जनवरी", 1}, {"फ़रवरी", 2}, {"फरवरी", 2}, {"\u095E\u0930\u0935\u0930\u0940", 2},  // the last: one-letter फ़
    {"मार्च", 3}, {"अप्रैल", 4}, {"मई", 5}, {"जून", 6}, {"जुलाई", 7}, {"अगस्त", 8}, {"सितंबर", 9},
    {"सितम्बर", 9}, {"अक्तूबर", 10}, {"अक्टूबर", 10}, {"नवंबर", 11}, {"नवम्बर", 11}, {"दिसंबर", 12},
    {"दिसम्बर", 12},
    // Filipino ("Pebrero 26, 2024"), Swahili ("Agosti 14, 2024") and
    // Bengali, with the short-i spelling of January and February that news
    // pages print beside CLDR's long one ("১৫ জানুয়ারি ২০২৪"): the date lines
    // of local news sites in these languages.
    {"pebrero", 2}, {"marso", 3}, {"hunyo", 6}, {"hulyo", 7}, {"setyembre", 9}, {"oktubre", 10},
    {"nobyembre", 11}, {"disyembre", 12},
    {"machi", 3}, {"aprili", 4}, {"julai", 7}, {"agosti", 8}, {"septemba", 9}, {"oktoba", 10},
    {"novemba", 11}, {"desemba", 12},
    {"জানুয়ারী", 1}, {"ফেব্রুয়ারী", 2}, {"জানুয়ারি", 1}, {"ফেব্রুয়ারি", 2}, {"মার্চ", 3}, {"এপ্রিল", 4},
    {"মে", 5}, {"জুন", 6}, {"জুলাই", 7}, {"আগস্ট", 8}, {"সেপ্টেম্বর", 9}, {"অক্টোবর", 10},
    {"নভেম্বর", 11}, {"ডিসেম্বর", 12},
    // Languages whose pages print "14 sentyabr 2021", "14 სექტემბერი
    // 2021", "14 ستمبر 2021": Azerbaijani, and Uzbek where it differs;
    // Albanian; Georgian; Armenian (genitive, as dates write them, and the
    // nominative); Kazakh; Urdu; Tamil; Macedonian and Belarusian
    // (genitive) where they differ from Bulgarian and Russian; Icelandic.
    {"yanvar", 1}, {"fevral", 2}, {"aprel", 4}, {"iyun", 6}, {"iyul", 7}, {"avqust", 8},
    {"sentyabr", 9}, {"oktyabr", 10}, {"noyabr", 11}, {"dekabr", 12}, {"sentabr", 9}, {"oktabr", 10},
    {"janar", 1}, {"shkurt", 2}, {"prill", 4}, {"qershor", 6}, {"korrik", 7}, {"gusht", 8},
    {"shtator", 9}, {"tetor", 10}, {"nëntor", 11}, {"dhjetor", 12},
    {"იანვარი", 1}, {"თებერვალი", 2}, {"მარტი", 3}, {"აპრილი", 4}, {"მაისი", 5}, {"ივნისი", 6},
    {"ივლისი", 7}, {"აგვისტო", 8}, {"სექტემბერი", 9}, {"ოქტომბერი", 10}, {"ნოემბერი", 11},
    {"დეკემბერი", 12},
    {"հունվարի", 1}, {"փետրվարի", 2}, {"մարտի", 3}, {"ապրիլի", 4}, {"մայիսի", 5}, {"հունիսի", 6},
    {"հուլիսի", 7}, {"օգոստոսի", 8}, {"սեպտեմբերի", 9}, {"հոկտեմբերի", 10}, {"նոյեմբերի", 11},
    {"դեկտեմբերի", 12}, {"հունվար", 1}, {"փետրվար", 2}, {"մարտ", 3}, {"ապրիլ", 4}, {"մայիս", 5},
    {"հունիս", 6}, {"հուլիս", 7}, {"օգոստոս", 8}, {"սեպտեմբեր", 9}, {"հոկտեմբեր", 10},
    {"նոյեմբեր", 11}, {"դեկտեմբեր", 12},
    {"қаңтар", 1}, {"ақпан", 2}, {"наурыз", 3}, {"сәуір", 4}, {"мамыр", 5}, {"маусым", 6},
    {"шілде", 7}, {"тамыз", 8}, {"қыркүйек", 9}, {"қазан", 10}, {"қараша", 11}, {"желтоқсан", 12},
    {"جنوری", 1}, {"فروری", 2}, {"مارچ", 3}, {"اپریل", 4}, {"مئی", 5}, {"جون", 6}, {"جولائی", 7},
    {"اگست", 8}, {"ستمبر", 9}, {"اکتوبر", 10}, {"نومبر", 11}, {"دسمبر", 12},
    {"ஜனவரி", 1}, {"பிப்ரவரி", 2}, {"மார்ச்", 3}, {"ஏப்ரல்", 4}, {"மே", 5}, {"ஜூன்", 6},
    {"ஜூலை", 7}, {"ஆகஸ்ட்", 8}, {"செப்டம்பர்", 9}, {"அக்டோபர்", 10}, {"நவம்பர்", 11},
    {"டிசம்பர்", 12},
    {"јануари", 1}, {"јуни", 6}, {"јули", 7},
    {"студзеня", 1}, {"лютага", 2}, {"сакавіка", 3}, {"красавіка", 4}, {"чэрвеня", 6}, {"ліпеня", 7},
    {"жніўня", 8}, {"верасня", 9}, {"кастрычніка", 10}, {"лістапада", 11}, {"снежня", 12},
    {"janúar", 1}, {"febrúar", 2}, {"maí", 5}, {"júní", 6}, {"júlí", 7}, {"ágúst", 8},
    {"nóvember", 11},
    // Marathi, Telugu, Malayalam, Gujarati, Punjabi and Kannada, as Hindi's
    // and Bengali's above: the date lines of their news sites.
    {"जानेवारी", 1}, {"फेब्रुवारी", 2}, {"एप्रिल", 4}, {"मे", 5}, {"जुलै", 7}, {"ऑगस्ट", 8},
    {"सप्टेंबर", 9}, {"ऑक्टोबर", 10}, {"नोव्हेंबर", 11}, {"डिसेंबर", 12},
    {"జనవరి", 1}, {"ఫిబ్రవరి", 2}, {"మార్చి", 3}, {"ఏప్రిల్", 4}, {"మే", 5}, {"జూన్", 6},
    {"జులై", 7}, {"ఆగస్టు", 8}, {"సెప్టెంబర్", 9}, {"అక్టోబర్", 10}, {"నవంబర్", 11}, {"డిసెంబర్", 12},
    {"ജനുവരി", 1}, {"ഫെബ്രുവരി", 2}, {"മാർച്ച്", 3}, {"ഏപ്രിൽ", 4}, {"മേയ്", 5}, {"ജൂൺ", 6},
    {"ജൂലൈ", 7}, {"ഓഗസ്റ്റ്", 8}, {"സെപ്റ്റംബർ", 9}, {"ഒക്ടോബർ", 10}, {"നവംബർ", 11}, {"ഡിസംബർ", 12},
    {"જાન્યુઆરી", 1}, {"ફેબ્રુઆરી", 2}, {"માર્ચ", 3}, {"એપ્રિલ", 4}, {"મે", 5}, {"જૂન", 6},
    {"જુલાઈ", 7}, {"ઑગસ્ટ", 8}, {"સપ્ટેમ્બર", 9}, {"ઑક્ટોબર", 10}, {"નવેમ્બર", 11}, {"ડિસેમ્બર", 12},
    {"ਜਨਵਰੀ", 1}, {"ਫ਼ਰਵਰੀ", 2}, {"ਮਾਰਚ", 3}, {"ਅਪ੍ਰੈਲ", 4}, {"ਮਈ", 5}, {"ਜੂਨ", 6},
    {"ਜੁਲਾਈ", 7}, {"ਅਗਸਤ", 8}, {"ਸਤੰਬਰ", 9}, {"ਅਕਤੂਬਰ", 10}, {"ਨਵੰਬਰ", 11}, {"ਦਸੰਬਰ", 12},
    {"ಜನವರಿ", 1}, {"ಫೆಬ್ರವರಿ", 2}, {"ಮಾರ್ಚ್", 3}, {"ಏಪ್ರಿಲ್", 4}, {"ಮೇ", 5}, {"ಜೂನ್", 6},
    {"ಜುಲೈ", 7}, {"ಆಗಸ್ಟ್", 8}, {"ಸೆಪ್ಟೆಂಬರ್", 9}, {"ಅಕ್ಟೋಬರ್", 10}, {"ನವೆಂಬರ್", 11}, {"ಡಿಸೆಂಬರ್", 12},
};

// Forms of the names that dates print beside the wide ones: other cases,
// abbreviations (lexicons_test.cc checks CLDR's for Russian, Ukrainian and
// Greek), and capitals lower-cased as a page's own script would not.
constexpr std::pair<std::string_view, int> kPrintedMonthForms[] = {
    // Serbian, Croatian and Bosnian genitive in Latin letters ("4. marta
    // 2019."), and Serbian's in Cyrillic ("4. фебруара 2019."), as their
    // news sites print the day; the forms Slovak or Russian share are above
    {"januara", 1}, {"februara", 2}, {"marta", 3}, {"aprila", 4}, {"avgusta", 8},
    {"јануара", 1}, {"фебруара", 2}, {"априла", 4}, {"маја", 5}, {"јуна", 6}, {"јула", 7},
    {"септембра", 9}, {"октобра", 10}, {"новембра", 11}, {"децембра", 12},
    // Russian and Ukrainian abbreviations (CLDR's abbreviated forms, with
    // or without the dot: "4 мар. 2019", "4 бер 2019")
    {"янв", 1}, {"фев", 2}, {"мар", 3}, {"апр", 4}, {"июн", 6}, {"июл", 7}, {"авг", 8},
    {"сен", 9}, {"сент", 9}, {"февр", 2}, {"окт", 10}, {"ноя", 11}, {"нояб", 11}, {"дек", 12},
    {"січ", 1}, {"лют", 2}, {"бер", 3}, {"квіт", 4}, {"трав", 5}, {"черв", 6}, {"лип", 7},
    {"серп", 8}, {"вер", 9}, {"жовт", 10}, {"лист", 11}, {"груд", 12},
    // Greek: the genitive as capitals print it, without the accent that
    // capitals drop ("4 ΜΑΡΤΙΟΥ 2019"), and CLDR's abbreviations
    {"ιανουαριου", 1}, {"φεβρουαριου", 2}, {"μαρτιου", 3}, {"απριλιου", 4}, {"μαιου", 5},
    {"μαϊου", 5}, {"ιουνιου", 6}, {"ιουλιου", 7}, {"αυγουστου", 8}, {"σεπτεμβριου", 9},
    {"οκτωβριου", 10}, {"νοεμβριου", 11}, {"δεκεμβριου", 12}, {"ιαν", 1}, {"φεβ", 2},
    {"μαρ", 3}, {"απρ", 4}, {"μαΐ", 5}, {"ιουν", 6}, {"ιουλ", 7}, {"αυγ", 8}, {"σεπ", 9}, {"οκτ", 10},
    {"νοε", 11}, {"δεκ", 12},
    // Turkish capitals lower-cased without the dotless i ("4 MAYIS 2019"
    // reads "mayis"), as pages in ASCII also write them
    {"mayis", 5}, {"kasim", 11}, {"aralik", 12}, {"agustos", 8}, {"eylul", 9}, {"subat", 2},
    // Norwegian's December abbreviation ("4. des. 2019")
    {"des", 12},
    // Polish and Turkish abbreviations (CLDR's: "4 paź 2019", "4 Haz
    // 2019"), as date lines and cards of their news sites print them
    {"sty", 1}, {"lut", 2}, {"kwi", 4}, {"cze", 6}, {"lip", 7}, {"sie", 8}, {"wrz", 9},
    {"paź", 10}, {"lis", 11}, {"gru", 12},
    {"oca", 1}, {"şub", 2}, {"nis", 4}, {"haz", 6}, {"tem", 7}, {"ağu", 8}, {"eyl", 9},
    {"eki", 10}, {"kas", 11}, {"ara", 12},
    // Latvian prints the month of a date in the locative ("2019. gada 4.
    // martā"), not as CLDR's nominative
    {"janvārī", 1}, {"februārī", 2}, {"martā", 3}, {"aprīlī", 4}, {"maijā", 5}, {"jūnijā", 6},
    {"jūlijā", 7}, {"augustā", 8}, {"septembrī", 9}, {"oktobrī", 10}, {"novembrī", 11},
    {"decembrī", 12},
};

}  // namespace

const std::unordered_map<std::string, int>& MonthNames() {
  static const auto* kMonths = [] {
    auto* m = new std::unordered_map<std::string, int>{
      {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
      {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
      {"august", 8}, {"aug", 8}, {"september", 9}, {"sep", 9}, {"sept", 9}, {"october", 10},
      {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
      // French
      {"janvier", 1}, {"janv", 1}, {"février", 2}, {"fevrier", 2}, {"févr", 2}, {"fevr", 2},
      {"mars", 3}, {"avril", 4}, {"avr", 4}, {"mai", 5}, {"juin", 6}, {"juillet", 7},
      {"juil", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10},
      {"novembre", 11}, {"décembre", 12}, {"decembre", 12}, {"déc", 12},
      // German
      {"januar", 1}, {"jänner", 1}, {"jaenner", 1}, {"februar", 2}, {"märz", 3}, {"maerz", 3},
      {"mär", 3}, {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"okt", 10}, {"dezember", 12},
      {"dez", 12},
      // Spanish
      {"enero", 1}, {"ene", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"abr", 4},
      {"mayo", 5}, {"junio", 6}, {"julio", 7}, {"agosto", 8}, {"ago", 8}, {"septiembre", 9},
      {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12}, {"dic", 12},
      // Italian
      {"gennaio", 1}, {"gen", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"mag", 5},
      {"giugno", 6}, {"giu", 6}, {"luglio", 7}, {"lug", 7}, {"settembre", 9}, {"set", 9},
      {"ottobre", 10}, {"ott", 10}, {"dicembre", 12},
      // Portuguese
      {"janeiro", 1}, {"fevereiro", 2}, {"fev", 2}, {"março", 3}, {"marco", 3}, {"maio", 5},
      {"junho", 6}, {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"out", 10},
      {"novembro", 11}, {"dezembro", 12},
      // Dutch
      {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mrt", 3}, {"mei", 5}, {"augustus", 8},
      {"oktober", 10},
      // Russian and Ukrainian, as dates write them (genitive: "7 октября
      // 2020") and as the month is named.
      {"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5}, {"июня", 6},
      {"июля", 7}, {"августа", 8}, {"сентября", 9}, {"октября", 10}, {"ноября", 11}, {"декабря", 12},
      {"январь", 1}, {"февраль", 2}, {"март", 3}, {"апрель", 4}, {"май", 5}, {"июнь", 6},
      {"июль", 7}, {"август", 8}, {"сентябрь", 9}, {"октябрь", 10}, {"ноябрь", 11}, {"декабрь", 12},
      {"січня", 1}, {"лютого", 2}, {"березня", 3}, {"квітня", 4}, {"травня", 5}, {"червня", 6},
      {"липня", 7}, {"серпня", 8}, {"вересня", 9}, {"жовтня", 10}, {"листопада", 11}, {"грудня", 12},
      // Arabic: the names from the French and English months (Egypt, the
      // Gulf, the Maghreb), with and without hamza; and the Levant's
      // one-word names.
      {"يناير", 1}, {"فبراير", 2}, {"مارس", 3}, {"أبريل", 4}, {"ابريل", 4}, {"إبريل", 4},
      {"مايو", 5}, {"يونيو", 6}, {"يونيه", 6}, {"يوليو", 7}, {"يوليه", 7}, {"أغسطس", 8},
      {"اغسطس", 8}, {"سبتمبر", 9}, {"أكتوبر", 10}, {"اكتوبر", 10}, {"نوفمبر", 11}, {"ديسمبر", 12},
      {"شباط", 2}, {"آذار", 3}, {"نيسان", 4}, {"أيار", 5}, {"حزيران", 6}, {"تموز", 7}, {"آب", 8},
      {"أيلول", 9},
      // Persian, for the Gregorian months.
      {"ژانویه", 1}, {"فوریه", 2}, {"آوریل", 4}, {"ژوئن", 6}, {"ژوئیه", 7}, {"اوت", 8},
      {"سپتامبر", 9}, {"اکتبر", 10}, {"نوامبر", 11}, {"دسامبر", 12},
      // Indonesian and Malay
      {"maret", 3}, {"agustus", 8}, {"desember", 12}, {"ogos", 8}, {"disember", 12},
      // Polish (genitive, as dates write them) and Czech (genitive)
      {"stycznia", 1}, {"lutego", 2}, {"marca", 3}, {"kwietnia", 4}, {"maja", 5}, {"czerwca", 6},
      {"lipca", 7}, {"sierpnia", 8}, {"września", 9}, {"października", 10}, {"listopada", 11},
      {"grudnia", 12}, {"ledna", 1}, {"února", 2}, {"března", 3}, {"dubna", 4}, {"května", 5},
      {"června", 6}, {"července", 7}, {"srpna", 8}, {"září", 9}, {"října", 10}, {"listopadu", 11},
      {"prosince", 12},
      // Turkish
      {"ocak", 1}, {"şubat", 2}, {"mart", 3}, {"nisan", 4}, {"mayıs", 5}, {"haziran", 6},
      {"temmuz", 7}, {"ağustos", 8}, {"eylül", 9}, {"ekim", 10}, {"kasım", 11}, {"aralık", 12},
      // Swedish, Danish and Norwegian; Bosnian, Serbian (Latin) and
      // Slovene as they differ from German
      {"augusti", 8}, {"marts", 3}, {"maj", 5}, {"septembar", 9},
      {"oktobar", 10}, {"novembar", 11}, {"decembar", 12}, {"juna", 6}, {"jula", 7},
      // Greek (genitive)
      {"ιανουαρίου", 1}, {"φεβρουαρίου", 2}, {"μαρτίου", 3}, {"απριλίου", 4}, {"μαΐου", 5},
      {"ιουνίου", 6}, {"ιουλίου", 7}, {"αυγούστου", 8}, {"σεπτεμβρίου", 9}, {"οκτωβρίου", 10},
      {"νοεμβρίου", 11}, {"δεκεμβρίου", 12},
      // Romanian
      {"ianuarie", 1}, {"februarie", 2}, {"martie", 3}, {"aprilie", 4}, {"iunie", 6}, {"iulie", 7},
      {"septembrie", 9}, {"octombrie", 10}, {"noiembrie", 11}, {"decembrie", 12},
    };
    for (const auto& [name, month] : kCldrMonthNames) m->emplace(name, month);
    for (const auto& [name, month] : kPrintedMonthForms) m->emplace(name, month);
    return m;
  }();
  return *kMonths;
}

const std::unordered_map<std::string, int>& SolarHijriMonthNames() {
  static const auto* kMonths = new std::unordered_map<std::string, int>{
      {"فروردین", 1}, {"فروردين", 1}, {"اردیبهشت", 2}, {"ارديبهشت", 2}, {"خرداد", 3},
      {"تیر", 4},     {"تير", 4},     {"مرداد", 5},    {"امرداد", 5},   {"شهریور", 6},
      {"شهريور", 6},  {"مهر", 7},     {"آبان", 8},     {"آذر", 9},      {"دی", 10},
      {"دي", 10},     {"بهمن", 11},   {"اسفند", 12},
  };
  return *kMonths;
}

const std::unordered_map<std::string, int>& ThaiMonthNames() {
  static const auto* kMonths = new std::unordered_map<std::string, int>{
      {"มกราคม", 1},   {"กุมภาพันธ์", 2}, {"มีนาคม", 3},  {"เมษายน", 4},  {"พฤษภาคม", 5},
      {"มิถุนายน", 6},  {"กรกฎาคม", 7},  {"สิงหาคม", 8}, {"กันยายน", 9}, {"ตุลาคม", 10},
      {"พฤศจิกายน", 11}, {"ธันวาคม", 12},  {"ม.ค.", 1},    {"ก.พ.", 2},     {"มี.ค.", 3},
      {"เม.ย.", 4},    {"พ.ค.", 5},      {"มิ.ย.", 6},   {"ก.ค.", 7},     {"ส.ค.", 8},
      {"ก.ย.", 9},     {"ต.ค.", 10},     {"พ.ย.", 11},   {"ธ.ค.", 12},
  };
  return *kMonths;
}

const std::unordered_map<std::string, int>& DateFillerWords() {
  static const auto* kFiller = [] {
    auto* m = new std::unordered_map<std::string, int>;
    for (const char* w :
         {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
          "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "lundi", "mardi", "mercredi",
          "jeudi", "vendredi", "samedi", "dimanche", "montag", "dienstag", "mittwoch", "donnerstag",
          "freitag", "samstag", "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so", "lunes", "martes",
          "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo", "lunedì",
          "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "segunda", "terça", "quarta",
          "quinta", "sexta", "feira", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
          "zaterdag", "zondag", "at", "on", "the", "of", "de", "del", "el", "le", "la", "à", "a",
          "um", "am", "uhr", "h", "hrs", "published", "posted", "updated", "last", "modified",
          "date", "publié", "publiée", "mis", "jour", "veröffentlicht", "aktualisiert", "stand",
          "publicado", "actualizado", "pubblicato", "gepubliceerd", "time", "st", "nd", "rd", "th",
          "er", "o'clock", "local", "et", "pt", "ct", "mt",
          // The labels, articles and clock words of Italian, Portuguese,
          // Dutch, the Nordic languages, Polish and Russian date lines
          // ("Aggiornato il 5 marzo 2019", "atualizado em 04/03/2019 às
          // 15h04", "kl. 15.04", "godz. 15:04", "4 марта 2019 г. в 15:04")
          "il", "aggiornato", "ore", "atualizado", "em", "às", "bijgewerkt", "om", "op", "kl", "klo",
          "godz", "в", "г"}) {
      (*m)[w] = 1;
    }
    return m;
  }();
  return *kFiller;
}

const std::unordered_set<std::string>& DateLeadWords() {
  static const auto* kWords = new std::unordered_set<std::string>{
      // CLDR's wide weekdays (lexicons_test.cc checks them) of the languages
      // whose months the date reader knows, but those DateFillerWords() has
      // and Hebrew's and Vietnamese's two-word ones.
      "niedziela", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "neděle", "pondělí",
      "úterý", "středa", "čtvrtek", "pátek", "nedeľa", "pondelok", "utorok", "streda", "štvrtok", "piatok",
      "воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "неділя",
      "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "söndag", "måndag", "tisdag",
      "onsdag", "torsdag", "fredag", "lördag", "søndag", "mandag", "tirsdag", "lørdag", "diumenge",
      "dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "κυριακή", "δευτέρα", "τρίτη",
      "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "minggu", "senin", "selasa", "rabu", "kamis", "jumat",
      "sabtu", "ahad", "isnin", "khamis", "jumaat", "duminică", "luni", "marți", "miercuri", "joi",
      "vineri", "sâmbătă", "pazar", "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi",
      "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "vasárnap", "hétfő",
      "kedd", "szerda", "csütörtök", "péntek", "szombat", "sunnuntaina", "maanantaina", "tiistaina",
      "keskiviikkona", "torstaina", "perjantaina", "lauantaina", "nedjelja", "ponedjeljak", "utorak",
      "srijeda", "četvrtak", "petak", "subota", "недеља", "понедељак", "уторак", "четвртак", "петак",
      "nedelja", "ponedeljek", "torek", "sreda", "četrtek", "petek", "неделя", "понеделник", "сряда",
      "четвъртък", "петък", "събота", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
      "sexta-feira",
      // "Published" and "updated" as news pages label their dates, and
      // Polish "date of publication" ("Data publikacji: 04.03.2019"), and the
      // German blog label "Artikel veröffentlicht am".
      "artikel", "opublikowano", "publikacja", "publikacji", "aktualizacja", "zaktualizowano", "data",
      "publikováno", "aktualizováno", "zveřejněno", "publikované", "aktualizované", "опубликовано",
      "обновлено", "опубліковано", "оновлено", "publicerad", "uppdaterad", "publiceret", "opdateret",
      // Turkish "Son Güncelleme" (last update) leads with "son", and it
      // leaves a byline only before the label's other word (LeadWordGoes).
      "son",
      "publisert", "oppdatert", "julkaistu", "päivitetty", "yayınlanma", "yayınlandı", "güncelleme",
      "güncellendi", "diperbarui", "diterbitkan", "publicat", "actualizat", "ora", "frissítve",
      "δημοσιεύθηκε", "ενημερώθηκε", "פורסם", "עודכן", "प्रकाशित", "अपडेटेड", "입력", "기사입력", "승인", "기사승인", "수정",
      "최종수정", "등록", "更新", "公開", "配信", "发布", "发布时间", "更新时间", "發佈", "更新時間"};
  return *kWords;
}

const std::unordered_map<std::string, int>& ZoneOffsets() {
  static const auto* kZones = new std::unordered_map<std::string, int>{
      {"z", 0}, {"gmt", 0}, {"utc", 0}, {"ut", 0}, {"wet", 0}, {"bst", 60}, {"west", 60},
      {"ist", 330}, {"cet", 60}, {"met", 60}, {"mez", 60}, {"cest", 120}, {"mesz", 120},
      {"eet", 120}, {"eest", 180}, {"msk", 180}, {"est", -300}, {"edt", -240}, {"cst", -360},
      {"cdt", -300}, {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420}, {"akst", -540},
      {"akdt", -480}, {"hst", -600}, {"jst", 540}, {"kst", 540}, {"hkt", 480}, {"sgt", 480},
      {"awst", 480}, {"acst", 570}, {"acdt", 630}, {"aest", 600}, {"aedt", 660}, {"nzst", 720},
      {"nzdt", 780},
  };
  return *kZones;
}

}  // namespace pith::lexicon
