#include "metadata/lexicons.h"

namespace pith::lexicon {

const std::unordered_map<std::string, int>& MonthNames() {
  static const auto* kMonths = new std::unordered_map<std::string, int>{
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
          "er", "o'clock", "local", "et", "pt", "ct", "mt"}) {
      (*m)[w] = 1;
    }
    return m;
  }();
  return *kFiller;
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
