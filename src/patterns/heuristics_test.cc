#include "patterns/heuristics.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <string>
#include <vector>

#include "util/text_util.h"

namespace pith {
namespace {

// The label phrase a block as written matches, lowercased as the block
// measure does.
const char* MatchLabelPhrase(std::string_view text) { return MatchLabelPhraseLower(LowerSameLength(text)); }

TEST(Heuristics, EveryPatternCompiles) {
  for (const PatternList* list : AllPatternLists()) {
    for (const NamedPattern& p : list->patterns) {
      const RE2 re(p.pattern, list->options);
      EXPECT_TRUE(re.ok()) << p.name << ": " << re.error();
      if (p.exact == nullptr) continue;
      const RE2 exact(p.exact, list->options);
      EXPECT_TRUE(exact.ok()) << p.name << ": " << exact.error();
    }
  }
  // Single patterns compile on first use: a broken one would show only on
  // the page that needs it.
  for (const RE2* re : AllSinglePatterns()) EXPECT_TRUE(re->ok()) << re->pattern() << ": " << re->error();
  for (const ClassPattern* cls : AllClassPatterns()) {
    EXPECT_TRUE(cls->Compiled().ok()) << cls->Compiled().pattern() << ": " << cls->Compiled().error();
  }
}

// Case-insensitive lists and class patterns are compiled case-sensitive
// and see lowercased text: an upper-case letter in one would never match.
std::vector<std::string> UpperCaseLetters(std::string_view pattern) {
  std::vector<std::string> found;
  for (std::size_t i = 0; i < pattern.size();) {
    if (pattern[i] == '\\') {
      // An escape: "\\S" is a class, "\\x{c9}" a code point to check.
      const bool hex = i + 2 < pattern.size() && pattern[i + 1] == 'x' && pattern[i + 2] == '{';
      const std::size_t close = hex ? pattern.find('}', i) : std::string_view::npos;
      if (hex && close != std::string_view::npos) {
        const std::string hex_digits(pattern.substr(i + 3, close - i - 3));
        const auto cp = static_cast<UChar32>(std::stoul(hex_digits, nullptr, 16));
        if (u_isupper(cp)) found.push_back(std::string(pattern.substr(i, close - i + 1)));
        i = close + 1;
      } else if (i + 2 < pattern.size() && pattern[i + 1] == 'p' && pattern[i + 2] == '{' &&
                 pattern.find('}', i) != std::string_view::npos) {
        i = pattern.find('}', i) + 1;
      } else {
        i += 2;
      }
      continue;
    }
    const std::size_t start = i;
    const auto cp = static_cast<UChar32>(NextCodePoint(pattern, i));
    if (u_isupper(cp)) found.push_back(std::string(pattern.substr(start, i - start)));
  }
  return found;
}

TEST(Heuristics, CaseInsensitivePatternsAreWrittenInLowerCase) {
  EXPECT_EQ(UpperCaseLetters("(?:^|\\s)Sponsor\\x{c9}\\S\\p{Lu}"), (std::vector<std::string>{"S", "\\x{c9}"}));
  for (const PatternList* list : AllPatternLists()) {
    if (!list->match_lowered) continue;
    for (const NamedPattern& p : list->patterns) {
      EXPECT_TRUE(UpperCaseLetters(p.pattern).empty()) << p.name;
      if (p.exact != nullptr) {
        EXPECT_TRUE(UpperCaseLetters(p.exact).empty()) << p.name;
      }
    }
  }
  for (const ClassPattern* cls : AllClassPatterns()) {
    EXPECT_TRUE(UpperCaseLetters(cls->Compiled().pattern()).empty()) << cls->Compiled().pattern();
  }
  for (const AnyCasePattern* p : AllAnyCasePatterns()) {
    const RE2& re = p->Compiled();
    EXPECT_TRUE(UpperCaseLetters(re.pattern()).empty()) << re.pattern();
    EXPECT_TRUE(re.options().case_sensitive()) << re.pattern();
    if (p->Loose() != nullptr) {
      const RE2& loose = *p->Loose();
      EXPECT_TRUE(loose.ok()) << loose.pattern() << ": " << loose.error();
      EXPECT_TRUE(UpperCaseLetters(loose.pattern()).empty()) << loose.pattern();
    }
  }
}

// A pattern's loose form must be found in every text the pattern matches:
// one line for each form of the paywall prompt and of the embed's consent
// placeholder.
TEST(AnyCasePattern, LooseFormsHoldEveryForm) {
  const Heuristics& h = GetHeuristics();
  const auto check = [](const AnyCasePattern& p, std::initializer_list<const char*> lines) {
    ASSERT_NE(p.Loose(), nullptr);
    for (const char* line : lines) {
      const std::string lower = LowerSameLength(line);
      EXPECT_TRUE(RE2::PartialMatch(lower, p.Compiled())) << line;
      EXPECT_TRUE(RE2::PartialMatch(lower, *p.Loose())) << line;
      EXPECT_TRUE(p.PartialMatch(line)) << line;
    }
  };
  check(h.paywall_prompt,
        {"Subscribe now to continue reading", "To keep reading this article, please sign in",
         "Subscription to read the full story", "The rest of this article is available only to paying subscribers",
         "This story is exclusive for members", "You\u2019ve reached your limit of free articles",
         "You have used all of your 5 free articles", "Unlock this piece",
         "Cet article est r\u00e9serv\u00e9 aux abonn\u00e9s",
         "Pour lire la suite, abonnez-vous", "Il vous reste 80% de cet article", "Jetzt weiterlesen mit Plus",
         "Dieser Artikel ist nur f\u00fcr Abonnenten", "Para seguir leyendo, suscr\u00edbete",
         "Este contenido es exclusivo para suscriptores"});
  check(h.embed_consent,
        {"Ich bin einverstanden, dass mir externe Inhalte angezeigt werden",
         "Inhalte von Drittplattformen werden nachgeladen, wenn Sie zustimmen",
         "Hier werden Inhalte geladen, mit Ihrer Zustimmung", "I consent to load this content",
         "Ein Klick f\u00fcr den Datenschutz", "Externe Inhalte anzeigen", "Twitter-Inhalte erlauben",
         "Empfohlener redaktioneller Inhalt"});
  EXPECT_FALSE(h.paywall_prompt.PartialMatch("The council approved a bridge"));
  check(h.cookie_notice, {"This website uses cookies to improve your browsing", "Consent to Cookies"});
}

TEST(GluedBylinePrefix, APrefixBeforeAnUpperCaseLetter) {
  EXPECT_EQ(GluedBylinePrefix("ByTravis Haney"), 2u);
  EXPECT_EQ(GluedBylinePrefix("Door\xC3\x89milie Jansen"), 4u);
  EXPECT_EQ(GluedBylinePrefix("Byron Smith"), 0u);
  EXPECT_EQ(GluedBylinePrefix("By Travis"), 0u);
  EXPECT_EQ(GluedBylinePrefix("By"), 0u);
  EXPECT_EQ(GluedBylinePrefix("byJane Roe"), 2u);
  EXPECT_EQ(GluedBylinePrefix("bypass"), 0u);
  EXPECT_EQ(GluedBylinePrefix("Bypass"), 0u);
  EXPECT_EQ(GluedBylinePrefix("Byzantine"), 0u);
}

TEST(GluedByWord, AnEnglishLabelGluedToTheName) {
  EXPECT_TRUE(GluedByWord("BySarah July 30, 2019"));
  EXPECT_TRUE(GluedByWord("byJane Roe"));
  EXPECT_FALSE(GluedByWord("ParJean Roe"));
  EXPECT_FALSE(GluedByWord("Byron Smith"));
  EXPECT_FALSE(GluedByWord("By Jane Roe"));
  EXPECT_FALSE(GluedByWord("Stand byMe"));
}

TEST(TimeAfterNames, ARelativeDateOrAReadingTime) {
  const RE2& re = GetHeuristics().time_after_names;
  EXPECT_TRUE(RE2::PartialMatch("Jane Roe|Published 15 hours ago", re));
  EXPECT_TRUE(RE2::PartialMatch("Jane Roe 2 minutes read", re));
  EXPECT_TRUE(RE2::PartialMatch("by Jane Roe | 8 min Read", re));
  EXPECT_FALSE(RE2::PartialMatch("George Orwell, 1984", re));
}

TEST(LabelPhrases, TheTextSizeToolWithItsButtons) {
  EXPECT_STREQ(MatchLabelPhrase("Text Size"), "text size tool");
  EXPECT_STREQ(MatchLabelPhrase("Text SizeAAA Print"), "text size tool");
  EXPECT_STREQ(MatchLabelPhrase("Text Size A- A+"), "text size tool");
  EXPECT_STREQ(MatchLabelPhrase("Schriftgr\u00f6\u00dfe - + Reset"), "text size tool");
  EXPECT_EQ(MatchLabelPhrase("Text Size Matters for Readers"), nullptr);
}

TEST(SpelledBylineLabel, ABylineOrThePieceWrittenBy) {
  const RE2& re = GetHeuristics().spelled_byline_label;
  EXPECT_TRUE(RE2::PartialMatch("Written by Jane Roe", re));
  EXPECT_TRUE(RE2::PartialMatch("This post was written by Jane Roe, Head of Marketing", re));
  EXPECT_TRUE(RE2::PartialMatch("Article written by Jane Roe", re));
  EXPECT_FALSE(RE2::PartialMatch("What this post says was written by hand long ago", re));
}

// UpperLedPattern must answer as the pattern as written does, captures
// included, whatever character follows where the upper-case letter goes.
TEST(UpperLedPattern, MatchesAsThePatternAsWritten) {
  const Heuristics& h = GetHeuristics();
  const std::string texts[] = {
      "A lake at dawn. Photo by Jane Roe",
      "A lake at dawn. Photo by \xC3\x89milie Roe",       // É: upper case, not ASCII
      "A lake at dawn. Photo by \xC3\xA9milie Roe",       // é: lower case, not ASCII
      "A lake. Photo by \xC3\xA9mile. Photo by Jane Roe",  // the written pattern goes on to the second
      "A lake. CreditKevin Frayer/Getty Images",
      "Creditsé foo. CreditJane Doe",
      "Credit\xE2\x80\x94Jane Doe",                        // an em dash after the label
      "A lake in 2023. Credit Credit Jeon Heon-Kyun/EPA",
      "A lake in 2023. Credit credit jeon",
      "More common.Zhejiang Daily / AP",
      "More common.\xD0\x96urnal / AP",                     // Ж: Cyrillic upper case
      "More common.\xE2\x80\x9Cquoted\xE2\x80\x9D Daily / AP",
      "no credit here",
      "",
  };
  for (const UpperLedPattern* p :
       {&h.caption_credit_by, &h.caption_credit_glued, &h.caption_credit_spaced, &h.caption_credit_tail}) {
    const RE2& exact = p->Exact();
    const std::string& written = exact.pattern();
    // One brace in all: the \p{Lu} opening the second capture.
    EXPECT_NE(written.find("(\\p{Lu}"), std::string::npos) << written;
    EXPECT_EQ(written.find('{'), written.rfind('{')) << written;
    for (const std::string& text : texts) {
      std::string first, second, exact_first, exact_second;
      const bool matched = p->FullMatch(text, &first, &second);
      EXPECT_EQ(matched, RE2::FullMatch(text, exact, &exact_first, &exact_second)) << exact.pattern() << " on " << text;
      if (matched) {
        EXPECT_EQ(first, exact_first) << text;
        EXPECT_EQ(second, exact_second) << text;
      }
    }
  }
  std::string before, credit;
  ASSERT_TRUE(h.caption_credit_glued.FullMatch("Creditsé foo. CreditJane Doe", &before, &credit));
  EXPECT_EQ(before, "Creditsé foo.");
  EXPECT_EQ(credit, "Jane Doe");
  EXPECT_FALSE(h.caption_credit_by.FullMatch("A lake at dawn. Photo by \xC3\xA9milie Roe", &before, &credit));
}

TEST(EndsWithPhotoCredit, ACreditInTheLastParentheses) {
  EXPECT_TRUE(EndsWithPhotoCredit("The launch pad at dawn. (credit: NASA/Jude Guidry)"));
  EXPECT_TRUE(EndsWithPhotoCredit("Crowds in the square (Photo: AP)  "));
  EXPECT_TRUE(EndsWithPhotoCredit("A field (Photos credit: Jane Roe)"));
  EXPECT_FALSE(EndsWithPhotoCredit("(Photo: AP) Crowds in the square"));
  EXPECT_FALSE(EndsWithPhotoCredit("Crowds (in the square) (AP)"));
  EXPECT_FALSE(EndsWithPhotoCredit("A field (photo: Jane (left) Roe)"));
  // At most 80 characters after the colon, counted as characters.
  EXPECT_TRUE(EndsWithPhotoCredit("A field (photo:" + std::string(80, 'x') + ")"));
  EXPECT_FALSE(EndsWithPhotoCredit("A field (photo:" + std::string(81, 'x') + ")"));
  std::string accented;
  for (int i = 0; i < 80; ++i) accented += "\xC3\xA9";
  EXPECT_TRUE(EndsWithPhotoCredit("A field (photo:" + accented + ")"));
  EXPECT_FALSE(EndsWithPhotoCredit("A field (photo:)"));
}

TEST(AnyCasePattern, MatchesInAnyCaseAccentsIncluded) {
  const Heuristics& h = GetHeuristics();
  EXPECT_TRUE(h.agency_name.FullMatch("REUTERS"));
  EXPECT_TRUE(h.agency_name.FullMatch("Associated Press"));
  EXPECT_FALSE(h.agency_name.FullMatch("Jane Roe"));
  // A wire's byline with the article or its staff.
  EXPECT_TRUE(h.agency_name.FullMatch("The Associated Press"));
  EXPECT_TRUE(h.agency_name.FullMatch("Reuters Staff"));
  EXPECT_FALSE(h.agency_name.FullMatch("The Daily Courier"));
  EXPECT_FALSE(h.agency_name.FullMatch("Courier Staff"));
  EXPECT_TRUE(h.modified_label_before.PartialMatch("MIS \xC3\x80 JOUR LE"));
  // The update's label in other languages: Turkish, Chinese, Russian, Greek.
  for (const char* label : {"Son G\xC3\xBCncelleme: ", "\xE6\x9B\xB4\xE6\x96\xB0\xE6\x97\xB6\xE9\x97\xB4\xEF\xBC\x9A",
                            "\xD0\x9E\xD0\xB1\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xBE: ",
                            "\xCE\x95\xCE\xBD\xCE\xB7\xCE\xBC\xCE\xAD\xCF\x81\xCF\x89\xCF\x83\xCE\xB7 "}) {
    EXPECT_TRUE(h.modified_label_before.PartialMatch(label)) << label;
  }
  EXPECT_FALSE(h.modified_label_before.PartialMatch("Yay\xC4\xB1nlanma: "));
  EXPECT_TRUE(h.date_label_lead.FullMatch("Published "));
  EXPECT_TRUE(h.date_label_lead.FullMatch("Posted on "));
  EXPECT_TRUE(h.date_label_lead.FullMatch("Publisert: "));
  EXPECT_TRUE(h.date_label_lead.FullMatch("\uC2B9\uC778 "));  // Korean "approved" (put online)
  EXPECT_FALSE(h.date_label_lead.FullMatch("Published by the council on "));
  EXPECT_TRUE(h.date_nav_lead.FullMatch("\xC2\xAB "));
  EXPECT_TRUE(h.date_nav_lead.FullMatch("Previous entry: "));
  EXPECT_TRUE(h.date_nav_lead.FullMatch("\xC3\x84ltere Eintr\xC3\xA4ge "));
  EXPECT_FALSE(h.date_nav_lead.FullMatch("Published "));
  // Other languages' diaries, with an arrow before the words.
  EXPECT_TRUE(h.date_nav_lead.FullMatch("« Billet précédent : "));
  EXPECT_TRUE(h.date_nav_lead.FullMatch("Articolo precedente: "));
  EXPECT_TRUE(h.date_nav_lead.FullMatch("Vorige bericht: "));
  EXPECT_TRUE(h.date_nav_lead.FullMatch("Poprzedni wpis: "));
  EXPECT_TRUE(h.date_nav_lead.FullMatch("Предыдущая запись: "));
  EXPECT_TRUE(h.date_nav_lead.FullMatch("Post anterior: "));
  EXPECT_FALSE(h.date_nav_lead.FullMatch("Scritto il "));
  EXPECT_TRUE(RE2::FullMatch(" \xC2\xBB", h.date_nav_tail));
  EXPECT_FALSE(RE2::FullMatch(" by Jane Roe", h.date_nav_tail));
  EXPECT_TRUE(h.error_page.PartialMatch("Page Not Found"));
  EXPECT_TRUE(h.error_page.PartialMatch("404"));
  EXPECT_TRUE(h.error_page.PartialMatch("Error 404 | Example News"));
  EXPECT_TRUE(h.error_page.PartialMatch("Example News \xE2\x80\x93 404"));
  EXPECT_TRUE(h.error_page.PartialMatch("500 Internal Server Error"));
  EXPECT_TRUE(h.error_page.PartialMatch("Fehler 404: Seite nicht gefunden"));
  EXPECT_FALSE(h.error_page.PartialMatch("Espresso Napoli, 500 g"));
  EXPECT_FALSE(h.error_page.PartialMatch("Stocks slip as the S&P 500 ends a long run"));
  EXPECT_FALSE(h.error_page.PartialMatch("Formel 1 - 500. Rennen in Monza"));
  EXPECT_TRUE(h.author_credential.FullMatch("PhD"));
  EXPECT_TRUE(h.caption_control.FullMatch("Enlarge This Image"));
  EXPECT_TRUE(h.image_label.FullMatch("Image"));
  EXPECT_FALSE(h.image_label.FullMatch("toggle caption"));
  EXPECT_TRUE(h.portrait_alt.FullMatch("Headshot of Jane Roe, a lawyer at Roe & Partners"));
  EXPECT_TRUE(h.portrait_alt.FullMatch("Avatar Autor:in"));
  EXPECT_FALSE(h.portrait_alt.FullMatch("Avatar: The Last Airbender returns"));
  EXPECT_FALSE(h.portrait_alt.FullMatch("Photos from the city council's budget night"));
  EXPECT_TRUE(h.author_photo_label.FullMatch("Author image"));
  EXPECT_TRUE(h.author_photo_label.FullMatch("profile-picture"));
  EXPECT_TRUE(h.author_photo_label.FullMatch("Photo of author"));
  EXPECT_TRUE(h.author_photo_label.FullMatch("Avatar photo"));
  EXPECT_FALSE(h.author_photo_label.FullMatch("Image"));
  EXPECT_FALSE(h.author_photo_label.FullMatch("Author"));
  EXPECT_EQ(CountAppealTerms(LowerSameLength("YOUR SUPPORT keeps our JOURNALISM free. Donate today.")), 3);
  EXPECT_EQ(CountAppealTerms(LowerSameLength(
                "Dann unterst\xC3\xBCtzen Sie uns mit einer Spende, oder werden Sie Mitglied.")),
            3);
  EXPECT_EQ(CountAppealTerms(LowerSameLength("Die Spende ging an das Tierheim der Stadt.")), 1);
  // One word in two forms is one term: a moving guide's "donate" and "donation".
  EXPECT_EQ(CountAppealTerms(LowerSameLength("Donate the tins, or fill a donation box with toys.")), 1);
}

TEST(ClassPattern, MatchesInAnyCase) {
  const Heuristics& h = GetHeuristics();
  EXPECT_TRUE(h.chrome_class.Matches("Article-Comments"));
  EXPECT_TRUE(h.chrome_class.MatchesLower("share-bar"));
  EXPECT_TRUE(h.chrome_class.Matches("related-links"));
  EXPECT_FALSE(h.chrome_class.Matches("article-body"));
  EXPECT_FALSE(h.chrome_class.Matches("Article-Body"));
  EXPECT_TRUE(h.hidden_class.Matches("SR-ONLY"));
}

// A forum post's head line, the thread's who-is-online box and a recipe
// card's label rows are chrome even beside the post's own "post" or the
// plugin's "text" class; a post's like or vote counter and the recipe
// plugins' inline label spans are read as no text. A theme's plain
// "recipe-details" box (the whole recipe) and a post's text are neither.
TEST(ClassPattern, ForumPostChromeAndRecipeCardLabels) {
  const Heuristics& h = GetHeuristics();
  for (const char* cls : {"posthead", "post_head", "stat-block online-list",
                          "wprm-recipe-meta-container wprm-block-text-normal", "tasty-recipes-keywords", "usertitle"}) {
    EXPECT_TRUE(h.chrome_class.Matches(cls)) << cls;
  }
  for (const char* cls : {"posthead", "wprm-recipe-meta-container wprm-block-text-normal"}) {
    EXPECT_TRUE(h.strong_chrome_class.Matches(cls)) << cls;
  }
  for (const char* cls : {"post-likes", "votecount h-margin-left-xs", "js-vote-count flex--item fc-theme-body-font",
                          "wprm-recipe-details-label wprm-block-text-faded", "tasty-recipes-details"}) {
    EXPECT_TRUE(h.hidden_class.Matches(cls)) << cls;
  }
  for (const char* cls : {"recipe-details", "post", "js-post__content-text restore", "wprm-recipe-ingredients",
                          "likes-and-dislikes-essay"}) {
    EXPECT_FALSE(h.hidden_class.Matches(cls)) << cls;
    EXPECT_FALSE(h.chrome_class.Matches(cls)) << cls;
  }
}

// A wiki's section edit links (MediaWiki's spans and brackets, DokuWiki's
// form) are read as no text; a section or a heading's own box is shown.
TEST(ClassPattern, WikiSectionEditLinksHidden) {
  const Heuristics& h = GetHeuristics();
  for (const char* cls : {"mw-editsection", "mw-editsection-bracket", "secedit editbutton_section"}) {
    EXPECT_TRUE(h.hidden_class.Matches(cls)) << cls;
  }
  for (const char* cls : {"mw-heading mw-heading2", "mw-headline", "section-edition", "editorial"}) {
    EXPECT_FALSE(h.hidden_class.Matches(cls)) << cls;
  }
}

// Old themes' comment boxes named in German, French and Spanish, in the
// plural, and the classic WordPress theme's post footer are chrome; a German
// opinion column ("Kommentar") is not.
TEST(ClassPattern, OldThemeCommentBoxesAndPostMetadata) {
  const Heuristics& h = GetHeuristics();
  for (const char* cls : {"kommentare", "content-box kommentare", "commentaires", "area-comentarios"}) {
    EXPECT_TRUE(h.chrome_class.Matches(cls)) << cls;
    EXPECT_TRUE(h.strong_chrome_class.Matches(cls)) << cls;
  }
  EXPECT_TRUE(h.chrome_class.Matches("postmetadata alt"));
  EXPECT_FALSE(h.strong_chrome_class.Matches("postmetadata alt"));
  for (const char* cls : {"kommentar", "artikel kommentar", "postmeta"}) {
    EXPECT_FALSE(h.chrome_class.Matches(cls)) << cls;
  }
}

// A shop's customer reviews and a forum post's author panel are chrome; a
// review article's own boxes and a forum post's text are not.
TEST(ClassPattern, CustomerReviewsAndForumAuthorPanels) {
  const Heuristics& h = GetHeuristics();
  // However much text the reviews hold, they are beside the description.
  for (const char* cls : {"spr-container", "spr-reviews", "product-detail-review", "product-detail-review-list",
                          "customer-reviews", "kundenbewertungen"}) {
    EXPECT_TRUE(h.chrome_class.Matches(cls)) << cls;
    EXPECT_TRUE(h.strong_chrome_class.Matches(cls)) << cls;
  }
  for (const char* cls : {"postprofile", "message-user", "userinfo"}) EXPECT_TRUE(h.chrome_class.Matches(cls)) << cls;
  for (const char* cls : {"review-body", "entry-review", "reviews", "hg_product_review_roundup_wrap",
                          "product-description-reviews", "message-userContent", "message-body"}) {
    EXPECT_FALSE(h.chrome_class.Matches(cls)) << cls;
  }
}

// A site's disclaimer or disclosure box is never the article, even beside
// "post" or "content"; a class that only contains the word is not one.
TEST(ClassPattern, DisclaimerAndDisclosureBoxes) {
  const Heuristics& h = GetHeuristics();
  for (const char* cls : {"disclaimer", "affiliate-disclaimer-small", "post-disclosure-box",
                          "publishdatedisclaimer__disclaimer-sc-13l541y-0", "footnotescomponent_disclaimer__snolk",
                          "cmp-container disclosures"}) {
    EXPECT_TRUE(h.chrome_class.MatchesLower(cls)) << cls;
    EXPECT_TRUE(h.strong_chrome_class.MatchesLower(cls)) << cls;
  }
  for (const char* cls : {"disclaimerbox", "nondisclosure-agreement", "entry-content"}) {
    EXPECT_FALSE(h.chrome_class.MatchesLower(cls)) << cls;
  }
}

// The boxes whose dates are other writers': reviews, author panels,
// comment threads; not a header's meta or share box, which may hold the
// page's own date line.
TEST(IsOthersPostClass, ReviewsAuthorPanelsAndComments) {
  for (const char* cls : {"spr-container", "spr-review", "customer-reviews", "product-detail-review-item",
                          "message-user", "postprofile", "userinfo", "comments-area", "commentlist"}) {
    EXPECT_TRUE(IsOthersPostClass(cls)) << cls;
  }
  for (const char* cls : {"social-share", "meta", "post--info", "blogData", "pub-date", "message-userContent",
                          "review-body", "commentary"}) {
    EXPECT_FALSE(IsOthersPostClass(cls)) << cls;
  }
}

// A comment count alone is a label phrase: the block leaves the body, and
// the byline reader takes no name from it.
TEST(MatchLabelPhrase, CommentCounts) {
  for (const char* count : {"No Comments", "3 Comments", "One Comment", "Keine Kommentare", "0 commentaires",
                            "Sin comentarios", "Nessun commento", "12 Responses"}) {
    EXPECT_TRUE(IsNamed(MatchLabelPhrase(count), kCommentsLabel)) << count;
  }
  for (const char* name : {"Noel Commons", "Jane Roe", "Ines Sinclair"}) EXPECT_EQ(MatchLabelPhrase(name), nullptr);
}

// A footer named in another language or misspelled is chrome; words that
// merely contain such a name are not.
TEST(ClassPattern, FooterInOtherLanguagesAndMisspelled) {
  const Heuristics& h = GetHeuristics();
  EXPECT_TRUE(h.chrome_class.MatchesLower("rodape"));
  EXPECT_TRUE(h.chrome_class.MatchesLower("site-fusszeile"));
  EXPECT_TRUE(h.chrome_class.MatchesLower("pied-de-page"));
  EXPECT_TRUE(h.chrome_class.MatchesLower("foooter-links"));
  EXPECT_FALSE(h.chrome_class.MatchesLower("fussball-bericht"));
  EXPECT_FALSE(h.chrome_class.MatchesLower("pie-chart"));
}

TEST(ClassPattern, CaptionClassNamesThePictureAndItsText) {
  const ClassPattern& caption = GetHeuristics().caption_class;
  EXPECT_TRUE(caption.MatchesLower("detail-img__description"));
  EXPECT_TRUE(caption.MatchesLower("lightbox__description"));
  EXPECT_TRUE(caption.MatchesLower("image-box__author"));
  EXPECT_TRUE(caption.MatchesLower("wp-caption-text"));
  // The picture's source or copyright, named without BEM.
  EXPECT_TRUE(caption.MatchesLower("image-copyright"));
  EXPECT_TRUE(caption.MatchesLower("article_image-container-source__rbs04"));
  EXPECT_FALSE(caption.MatchesLower("image-sources-list"));
  // A table cell showing a logo beside a name, a text block beside a
  // picture: text, not a caption.
  EXPECT_FALSE(caption.MatchesLower("dynamic-table__cell--image-text"));
  EXPECT_FALSE(caption.MatchesLower("elementor-image-box-description"));
  EXPECT_FALSE(caption.MatchesLower("inline-image-gallery-source-content"));
  EXPECT_FALSE(caption.MatchesLower("picturesque-intro"));
  EXPECT_FALSE(caption.MatchesLower("topic-description"));
}

TEST(MatchLabelPhraseLower, AnswersAsMatchLabelPhraseForTheLowercasedText) {
  EXPECT_STREQ(MatchLabelPhraseLower("auch interessant"), kReadMoreLabel);
  EXPECT_STREQ(MatchLabelPhrase("AUCH INTERESSANT"), kReadMoreLabel);
  EXPECT_EQ(MatchLabelPhraseLower("AUCH INTERESSANT"), nullptr);
  EXPECT_EQ(MatchLabelPhraseLower(std::string(301, 'a')), nullptr);
}

TEST(MatchLabelPhrase, GalleryCountersAloneOrBetweenArrows) {
  for (const char* line : {"Photo 1 of 12", "Bild 3 von 8 Weiter", "Prev 2/9 Next", "1 / 5", "Foto 4 di 10",
                           "Photo 1 of 12Next", "Imagen 2 de 6 Siguiente"}) {
    EXPECT_STREQ(MatchLabelPhrase(line), "gallery counter") << line;
  }
  // A score, a ratio in a sentence or a count of photos are no counter.
  for (const char* line : {"Won 3 of 4 games", "Next, 1 of 3 voters said no", "12 photos", "Step 1 of 5: mix"}) {
    EXPECT_EQ(MatchLabelPhrase(line), nullptr) << line;
  }
}

TEST(MatchLabelPhrase, ReadMoreLeadInsInsideTheText) {
  EXPECT_STREQ(MatchLabelPhrase("Lesen Sie mehr zum Thema"), kReadMoreLabel);
  EXPECT_STREQ(MatchLabelPhrase("Mehr zur Lage in der Region lesen Sie in unserem Liveblog:"), kReadMoreLabel);
  EXPECT_STREQ(MatchLabelPhrase("Mehr Themen auf talbote.de:"), kReadMoreLabel);
  EXPECT_STREQ(MatchLabelPhrase("Auch interessant"), kReadMoreLabel);
  EXPECT_STREQ(MatchLabelPhrase("For more stories like this, check our news page."), kReadMoreLabel);
  EXPECT_EQ(MatchLabelPhrase("Auch interessant ist, wie die Stadt den Umbau bezahlt."), nullptr);
}

TEST(MatchLabelPhrase, VideoPlayerLabels) {
  EXPECT_STREQ(MatchLabelPhrase("Player wird geladen"), "video player label");
  EXPECT_STREQ(MatchLabelPhrase("WATCH | Crews battle a wildfire near the lake:"), "video player label");
  EXPECT_STREQ(MatchLabelPhrase("Video | Feuerwehr rettet Katze vom Dach"), "video player label");
  EXPECT_STREQ(MatchLabelPhrase("watch now"), "video player label");
  EXPECT_EQ(MatchLabelPhrase("Watch the crews battle the fire from the lake."), nullptr);
  EXPECT_EQ(MatchLabelPhrase("WATCH | PRICE | BATTERY LIFE"), nullptr);
}

TEST(MatchLabelPhrase, TipOffAppeals) {
  EXPECT_STREQ(MatchLabelPhrase("Got a story? Get in touch with our news team by emailing us at news@example.com."),
               "tip-off appeal");
  EXPECT_STREQ(MatchLabelPhrase("Fehler auf talbote.de entdeckt?"), "tip-off appeal");
  EXPECT_STREQ(MatchLabelPhrase("Inhaltliches Feedback?"), "tip-off appeal");
  EXPECT_STREQ(MatchLabelPhrase("Sie arbeiten im Rathaus und haben Hinweise zum Thema? Melden Sie sich vertraulich."),
               "tip-off appeal");
  EXPECT_EQ(MatchLabelPhrase("The inspectors got a story from every tenant they met."), nullptr);
}

TEST(MatchLabelPhrase, NewsletterBoxHeads) {
  EXPECT_STREQ(MatchLabelPhrase("Newsletter: Sport inside"), "newsletter box");
  EXPECT_STREQ(MatchLabelPhrase("Get Jane Roe\xE2\x80\x99s stories in your inbox"), "newsletter box");
  EXPECT_EQ(MatchLabelPhrase("Newsletter: Wir haben drei Ausgaben verschickt, und die Leser antworteten."), nullptr);
}

TEST(MatchLabelPhrase, NewsletterPlatformsSubscribePitch) {
  EXPECT_STREQ(MatchLabelPhrase("Thanks for reading River Notes! Subscribe for free to receive new posts and support "
                                "my work."),
               "platform subscribe pitch");
  EXPECT_STREQ(MatchLabelPhrase("Subscribe to receive new posts and stay updated."), "platform subscribe pitch");
  EXPECT_STREQ(MatchLabelPhrase("Ana Ruiz - \"River Notes\" is a reader-supported publication. To receive new posts "
                                "and support my work, consider becoming a free or paid subscriber."),
               "platform subscribe pitch");
  // The writer's own words about the posts stay.
  EXPECT_EQ(MatchLabelPhrase("Readers who subscribe to receive new posts by mail often write back, and I read every "
                             "letter."),
            nullptr);
}

TEST(MatchLabelPhrase, GermanNewsletterImperative) {
  EXPECT_STREQ(MatchLabelPhrase("Du willst keinen Beitrag verpassen? Abonniere den Newsletter \xE2\x80\x93 kostenlos."),
               "newsletter box");
  EXPECT_STREQ(MatchLabelPhrase("Abonnieren Sie jetzt unseren Newsletter!"), "newsletter box");
  EXPECT_EQ(MatchLabelPhrase("Der Verein hat den Newsletter im Mai eingestellt, weil ihn kaum jemand las."), nullptr);
}

TEST(MatchLabelPhrase, GermanStaffCredits) {
  EXPECT_STREQ(MatchLabelPhrase("Redaktion: Jana Roth und Paul Weber"), "staff credits");
  EXPECT_STREQ(MatchLabelPhrase("\xC3\x9C""bersetzung: Jana Roth, Schlussredaktion: Paul Weber"), "staff credits");
  EXPECT_STREQ(MatchLabelPhrase("Redaktion: Jana Roth\nFaktencheck: Paul Weber"), "staff credits");
  EXPECT_STREQ(MatchLabelPhrase("Sendung: hr-INFO, 25.04.2024, 10.45 Uhr"), "staff credits");
  // Sentences after the label, a role no desk credits: text.
  EXPECT_EQ(MatchLabelPhrase("Recherche: Die Zahlen stammen vom Amt. Sie sind vorl\xC3\xA4ufig."), nullptr);
  EXPECT_EQ(MatchLabelPhrase("Styling: Jana Roth"), nullptr);
}

// An ad slot's number or its reader's note after the label (text copies of
// news pages): the label still; other words after it make a line of text.
TEST(MatchLabelPhrase, AdSlotNumberAndReadersNote) {
  for (const char* label : {"Advertisement 3", "Advertisement 12", "Anzeige 2",
                            "Advertisement \xC2\xB7 Scroll to continue", "Advertisement - Continue Reading Below",
                            "Advertisement \xE2\x80\x93 Story continues below", "ADVERTISEMENT | ARTICLE CONTINUES BELOW"}) {
    EXPECT_STREQ(MatchLabelPhrase(label), "advertisement label") << label;
  }
  EXPECT_EQ(MatchLabelPhrase("Advertisement 2024"), nullptr);
  EXPECT_EQ(MatchLabelPhrase("Advertisement 3 was pulled after complaints."), nullptr);
  EXPECT_EQ(MatchLabelPhrase("Advertisement - a history of the trade"), nullptr);
  EXPECT_EQ(MatchLabelPhrase("Advertising \xC2\xB7 Scroll to continue reading our report on the agency"), nullptr);
}

TEST(MatchLabelPhrase, AnyCaseAndAccents) {
  EXPECT_STREQ(MatchLabelPhrase("ADVERTISEMENT"), "advertisement label");
  EXPECT_STREQ(MatchLabelPhrase("R\xC3\x89SERV\xC3\x89 AUX ABONN\xC3\x89S"), "paywall label");
  EXPECT_EQ(MatchLabelPhrase("Advertisements of the 1950s sold cars."), nullptr);
  EXPECT_STREQ(MatchLabelPhrase("Der Abendbrief bringt Ihnen die Nachrichten des Tages. Hier geht\xE2\x80\x99s zur "
                                 "Anmeldung!"),
               "promotion");
  EXPECT_STREQ(MatchLabelPhrase("Die Talbote-App: alle Nachrichten auf Ihr Telefon. Hier gratis herunterladen."),
               "promotion");
  EXPECT_EQ(MatchLabelPhrase("Die Anmeldung ist ab heute im Rathaus m\xC3\xB6glich."), nullptr);
}

TEST(MatchSectionHead, CommentsRelatedAuthorTagsInFourLanguages) {
  for (const char* line : {"34 responses to \xE2\x80\x9CWe needed to win this game\xE2\x80\x9D", "Leave a Reply",
                           "6 thoughts on \xE2\x80\x9CHow to Adopt a Mindset\xE2\x80\x9D", "Comments (12)",
                           "Laisser un commentaire", "3 Kommentare zu \xE2\x80\x9C" "Die Wahl\xE2\x80\x9D",
                           "Deja un comentario", "You may also like...", "Related Articles",
                           "Related coverage from How to Do Everything: Money:", "More On:",
                           "\xC3\x80 lire aussi", "Mehr zum Thema", "Noticias relacionadas", "About the author",
                           "\xC3\x9C" "ber den Autor", "Tags: budget, council", "Post navigation",
                           "Article pr\xC3\xA9" "c\xC3\xA9" "dent", "Mehr zu Fleischpreisen", "Die Redaktion empfiehlt",
                           "More Trending", "Recommended from Editorial", "Relaterte emner", "Leggi anche",
                           "Lees ook", "Leia tamb\xC3\xA9m", "Czytaj tak\xC5\xBC" "e", "Articoli correlati",
                           "Meest gelezen", "Not\xC3\xAD" "cias relacionadas", "Najcz\xC4\x99\xC5\x9B" "ciej czytane"}) {
    EXPECT_NE(MatchSectionHead(line), nullptr) << line;
  }
  // The author box's heading in its gendered and Portuguese forms.
  for (const char* line :
       {"\xC3\x9C" "ber die Autor:in", "\xC3\x9C" "ber die Autorin", "Sobre o autor", "Sobre a autora",
        "Sobre la autora", "L'autore", "Over de auteur", "O autorze"}) {
    EXPECT_STREQ(MatchSectionHead(line), kAuthorBoxHead) << line;
  }
  for (const char* line : {"The comments he made were widely criticised.", "Related: a story in a sentence, then more.",
                           "More than 2,500 civilians have been killed", "Tags are sold at the door"}) {
    EXPECT_EQ(MatchSectionHead(line), nullptr) << line;
  }
}

// The author box's own test agrees with the whole set: every form of the
// heading passes its word pre-test, and other sections' heads fail it.
TEST(IsAuthorBoxHead, AgreesWithTheSectionHeadSet) {
  for (const char* line : {"About the author", "About the Authors", "About the contributor", "Author bio",
                           "More articles by Jane Roe", "More stories from Jane Roe", "All posts by Jane Roe",
                           "Stories by Jane Roe", "\xC3\x80 propos de l'auteur", "\xC3\x9C" "ber den Autor",
                           "\xC3\x9C" "ber die Autor:in", "Sobre el autor", "Sobre a autora", "Acerca del autor",
                           "L'autore", "Sull'autore", "Over de schrijver", "O autorze"}) {
    EXPECT_STREQ(MatchSectionHead(line), kAuthorBoxHead) << line;
    EXPECT_TRUE(IsAuthorBoxHead(line)) << line;
  }
  for (const char* line : {"By Jane Roe", "Related Articles", "Leave a Reply", "Tags: budget, council",
                           "Jane Roe is a reporter covering the city's schools and courts."}) {
    EXPECT_FALSE(IsAuthorBoxHead(line)) << line;
  }
}

// The comments head alone agrees with the whole set on the thread's heads
// and on other sections' heads.
TEST(MatchesCommentsHead, AgreesWithTheSectionHeadSet) {
  for (const char* line : {"Comments (12)", "Leave a Reply", "3 Kommentare zu \xE2\x80\x9C" "Die Wahl\xE2\x80\x9D",
                           "Commenti (4)", "Reacties (2)", "Related Articles", "About the author", "Tags: budget",
                           "The comments he made were widely criticised."}) {
    EXPECT_EQ(MatchesCommentsHead(line), IsNamed(MatchSectionHead(line), "section: comments")) << line;
  }
  EXPECT_TRUE(MatchesCommentsHead("COMMENTS (3)"));
  EXPECT_FALSE(MatchesCommentsHead("Related Articles"));
}

TEST(MatchBoilerplate, NoticesAnywhereInALine) {
  for (const char* line : {"\xC2\xA9 2019 Beachbody, LLC. All rights reserved.",
                           "Your email address will not be published. Required fields are marked *",
                           "If you click on one and make a purchase we may receive a small commission.",
                           "If you click on links we provide, we may receive compensation.",
                           "Purchases made through links earn us a small commission, at no extra cost to you.",
                           "Some of the links in this post are affiliate ones.",
                           "Opinions expressed by Forbes Contributors are their own.",
                           "Les opinions exprim\xC3\xA9" "es dans cette tribune n'engagent que leur auteur.",
                           "This website uses cookies to improve your experience.",
                           "Ihre E-Mail-Adresse wird nicht ver\xC3\xB6" "ffentlicht.",
                           "You have succesfully subscribed. Thank you!",
                           "Apple logo, Apple TV and App Store are registered trademarks of Apple Inc.",
                           "iPhone est une marque d\xC3\xA9pos\xC3\xA9" "e d'Apple Inc.",
                           "iPhone ist eine eingetragene Marke von Apple Inc.",
                           "Nous utilisons des cookies pour vous offrir la meilleure exp\xC3\xA9rience.",
                           "Todos los derechos reservados.", "Write to Al Root at allen.root@example.com",
                           "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of "
                           "Service apply.",
                           "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
                           "Related: The 15 Weirdest Galaxies in Our Universe", "SEE MORE: Hong Kong protests",
                           "Lire aussi : Le budget est vot\xC3\xA9", "Lee tambi\xC3\xA9n: El presupuesto",
                           "Unser Newsletter informiert Sie jeden Abend \xC3\xBC" "ber das Wichtigste.",
                           "Die Nachrichten des Tages, direkt in Ihr Postfach.",
                           "当サイトではクッキーを使用しています。", "本ウェブサイトはCookieを利用しています",
                           "本网站使用Cookie来改善您的体验。", "我們會使用 cookies", "이 사이트는 쿠키를 사용합니다"}) {
    EXPECT_NE(MatchBoilerplate(line), nullptr) << line;
  }
  for (const char* line : {"The council uses the money to pay for schools.",
                           "Swift said the label refused to let her perform songs she owns the copyright to.",
                           "He may receive a fine if he is found guilty.",
                           "The workers said we get compensation only after a year.",
                           "Les opinions exprim\xC3\xA9" "es lors du d\xC3\xA9" "bat ont surpris le maire.",
                           "More: the council said it would meet again in March, after the elections.",
                           "Der Brief lag am Montag im Postfach des Rathauses.",
                           "クッキーを使用したケーキのレシピ", "他使用了一个新的网站"}) {
    EXPECT_EQ(MatchBoilerplate(line), nullptr) << line;
  }
}

// A notice's loose form (NamedPattern::exact) must hold every text its
// full form matches: one line for each form of each notice.
TEST(MatchBoilerplate, LooseFormsHoldEveryFormOfTheirNotices) {
  const PatternList& list = GetHeuristics().boilerplate;
  int checked = 0;
  for (const char* line :
       {"your email address will not be published", "required fields are marked *",
        "save my name, email, and website in this browser", "this site uses akismet to reduce spam",
        "you must be logged in to post a comment", "notify me of new posts", "name (required)",
        "votre adresse e-mail ne sera pas publi\xC3\xA9" "e", "les champs obligatoires sont indiqu\xC3\xA9s",
        "ihre e-mail-adresse wird nicht ver\xC3\xB6" "ffentlicht", "erforderliche felder sind mit * markiert",
        "tu direcci\xC3\xB3n de correo electr\xC3\xB3nico no ser\xC3\xA1 publicada",
        "los campos obligatorios est\xC3\xA1n marcados", "we may earn a small affiliate commission",
        "we may receive a share of the sales", "we could get compensation", "the site may earn a commission from sales",
        "links earn us a commission", "the links in this post are affiliate links", "it holds affiliate links",
        "nous pouvons percevoir une commission", "erhalten wir ggf. eine provision", "ein affiliate-link",
        "podemos recibir una comisi\xC3\xB3n", "apple tv is a registered trademark of apple",
        "not been evaluated by the food and drug administration", "iphone est une marque d\xC3\xA9pos\xC3\xA9" "e",
        "iphone ist eine eingetragene marke von apple", "iphone es una marca registrada de apple",
        "views expressed here are their own", "use of this site constitutes acceptance of our terms",
        "it may not be reproduced, distributed or sold", "les propos exprim\xC3\xA9s ici n'engagent que leur auteur",
        "die ge\xC3\xA4u\xC3\x9f" "erten meinungen sind die der autoren", "las opiniones expresadas son de los autores",
        "this website uses cookies", "we use cookies", "it uses cookies to count visits", "cookies settings",
        "by continuing to browse", "nous utilisons des cookies", "ce site utilise des cookies", "wir verwenden cookies",
        "die seite verwendet cookies", "utilizamos cookies", "usamos cookies", "este sitio web utiliza cookies",
        "当サイトではクッキーを使用しています", "本网站使用cookie", "我們會使用 cookies",
        "이 사이트는 쿠키를 사용합니다",
        "you have successfully subscribed", "thank you for signing up", "click the activation link",
        "confirm your email address", "no, thanks", "merci pour votre inscription",
        "vielen dank f\xC3\xBCr ihre anmeldung", "gracias por suscribirte", "sign up for our daily newsletter",
        "delivered straight to your inbox", "join our mailing list", "subscribe to our magazine",
        "inscrivez-vous \xC3\xA0 notre newsletter", "abonnez-vous \xC3\xA0 la newsletter", "newsletter abonnieren",
        "melden sie sich f\xC3\xBCr unseren newsletter an", "der newsletter informiert sie", "direkt in ihr postfach",
        "suscr\xC3\xAD" "bete a nuestro bolet\xC3\xADn", "related: the budget vote", "read more > the budget vote",
        "lire aussi \xC2\xBB le budget", "te puede interesar | el presupuesto"}) {
    bool any = false;
    for (const NamedPattern& p : list.patterns) {
      if (p.exact == nullptr) continue;
      const RE2 loose(p.pattern, list.options);
      const RE2 exact(p.exact, list.options);
      if (!exact.Match(line, 0, std::string_view(line).size(), list.anchor, nullptr, 0)) continue;
      any = true;
      ++checked;
      EXPECT_TRUE(loose.Match(line, 0, std::string_view(line).size(), list.anchor, nullptr, 0))
          << p.name << ": " << line;
    }
    EXPECT_TRUE(any) << line;
  }
  EXPECT_GE(checked, 60);
}

TEST(MatchCreditLine, CreditsAndWireCaptions) {
  for (const char* line : {"Patrick Semansky, ASSOCIATED PRESS", "Image copyright Getty Images",
                           "Courtesy of Andrew Vaughan", "Photo: Gene J. Puskar", "Foto: Max Mustermann",
                           "New York State Sex Offender Registry via AP", "Foto di Luca Bianchi",
                           "Fotos de Pedro Costa", "(Bild: Hersteller)", "[Photo: Gene J. Puskar]"}) {
    EXPECT_NE(MatchCreditLine(line), nullptr) << line;
  }
  // A sentence that opens so is no credit.
  EXPECT_EQ(MatchCreditLine("Foto di gruppo per i vincitori del premio nella sala del consiglio"), nullptr);
  EXPECT_EQ(MatchCreditLine("(Photo: Reuters) The president said on Monday that talks would resume."), nullptr);
  for (const char* line : {"FILE - In this Monday, Oct. 28, 2019, file photo, the ambassador walks.",
                           "In this photo issued by ITV, the two leaders shake hands."}) {
    EXPECT_NE(MatchCaptionLead(line), nullptr) << line;
  }
  EXPECT_EQ(MatchCaptionLead("In this case the court found for the council, which had asked for a photo."), nullptr);
  for (const char* line : {"The photo was taken on Monday, police said.", "Associated Press writers contributed to "
                           "this report from Washington, where the hearings continue next week."}) {
    EXPECT_EQ(MatchCreditLine(line), nullptr) << line;
  }
}

TEST(MatchChromeLine, CommentHeadersGalleryAndPlayer) {
  for (const char* line : {"thelastchargersfan says:", "12. theguiceisright says:", "Marie dit :", "Reply",
                           "R\xC3\xA9pondre", "Antworten", "View all (23)", "Image 1 of 12", "1 / 1",
                           "Back to Gallery", "Thanks for watching!Visit Website", "Skip to main content",
                           "Tempo de leitura: 1 minuto", "5 min read", "Zum Inhalt springen"}) {
    EXPECT_NE(MatchChromeLine(line), nullptr) << line;
  }
  EXPECT_EQ(MatchChromeLine("The minister says: we are ready."), nullptr);
}

TEST(MatchTitleChrome, MenuRowsButtonsPromptsCounts) {
  for (const char* line : {"All notes Back to Notehub Sign in Sign up", "Jane Roe Posts RSS Contact RSS",
                           "Dismiss View all alerts", "Previous Post Next Post", "Get a Quote", "Request a free demo",
                           "Start Tracking for Free", "Try Mailwise for free", "Join a Community of Interest",
                           "Learn more about Acme Studio", "Continue this thread",
                           "Not a member of Notehub yet? Sign Up, it unlocks more features!",
                           "What can we help you find?", "14K views 6 years ago",
                           "Home breadcrumb Arrow Guides breadcrumb Arrow What is a Web App?",
                           "Back to overview Older post: Moving our builds to spring", "Next Post: A year of tea",
                           "Sign In Join Harlow Point Gazette", "Sign In| Join Acme", "LOGIN  JOIN", "Log InSign Up",
                           "Sign InCreate your free profile", "Log in / Register",
                           "Please turn JavaScript on and reload the page",
                           "Turn JavaScript on to read the Harlow Point ferry news",
                           "You need to enable JavaScript to run this app", "Enable cookies to see this page",
                           "JavaScript is disabled in your browser", "This site requires JavaScript to work",
                           "Aktivieren Sie Javascript jetzt, um unsere Artikel zu lesen",
                           "Veuillez activer JavaScript pour voir ce site",
                           "En partenariat avec The European Commission", "Presented By Carahsoft",
                           "Sponsored by the Orvel Coast Fisheries Council",
                           "Sponsored by U.S. Bank", "Presented by Orvel Tools Inc.",
                           "To watch this video, please enable JavaScript"}) {
    EXPECT_NE(MatchTitleChrome(line), nullptr) << line;
  }
  // Headlines that use such words once, or begin with a verb.
  for (const char* line : {"How to sign up for the new transit pass", "Get a head start on spring planting",
                           "Start saving for retirement in your twenties", "Back to school: what parents need",
                           "Why I quit the restaurant's menu team", "Learn to code in a weekend",
                           "Views from the summit: a climber's diary", "Following the breadcrumbs of an old map",
                           "The next article of faith: cheaper trains", "How to enable JavaScript in Chrome",
                           "Why you should turn on cookies for your own site", "Sign in sheets go digital at clinics",
                           "Login rules tighten for bank apps", "JavaScript frameworks are on the rise again",
                           "Cookies and cream: the season's best recipes", "So können Sie JavaScript aktivieren",
                           "Comment activer JavaScript sur Firefox", "Partnership with Acme ends after ten years",
                           "Who sponsored by the back door? A lobbying story",
                           "In partnership with China, Kenya opens a new rail line",
                           "Sponsored by Big Oil: the lobbying behind the climate bill",
                           "Why you have to allow cookies under the new privacy rules"}) {
    EXPECT_EQ(MatchTitleChrome(line), nullptr) << line;
  }
}

TEST(Heuristics, RelativeTimeLine) {
  const RE2& re = GetHeuristics().relative_time_line;
  for (const char* line : {"jdoe 2 hours ago", "1 year ago", "Anna B. \xC2\xB7" " a day ago", "nordlicht vor 3 Stunden",
                           "vor einem Tag", "Marie il y a 5 jours", "Pedro hace 2 d\xC3\xAD" "as", "4d"}) {
    EXPECT_TRUE(RE2::FullMatch(line, re)) << line;
  }
  for (const char* line : {"The tram line opened 2 years ago and still runs late.", "2 hours", "Ago", "4 dollars", "Length 12 m"}) {
    EXPECT_FALSE(RE2::FullMatch(line, re)) << line;
  }
}

TEST(Heuristics, FigureLabel) {
  // The group holds a label placing the picture, but for the capitalised
  // "Above:" and "Below:" read before.
  const Heuristics& h = GetHeuristics();
  std::string placed;
  for (const char* line : {"Figure 2. Latency by load", "Above: The pond in May"}) {
    EXPECT_TRUE(RE2::PartialMatch(line, h.figure_label, &placed)) << line;
    EXPECT_TRUE(placed.empty()) << line;
  }
  for (const char* line : {"above: the trail to the falls", "left: our tent by the falls. right: the trail down",
                           "Right: A print from 1938",
                           "Clockwise from top left: the harbour; the mayor", "Clockwise from top: the pier"}) {
    EXPECT_TRUE(RE2::PartialMatch(line, h.figure_label, &placed)) << line;
    EXPECT_FALSE(placed.empty()) << line;
  }
  for (const char* line : {"The picture above shows the pond.", "Left to right, the team lines up.",
                           "Right now: the ferry is late", "Pictured: Summer Nights hosta", "Leftovers: keep them cold"}) {
    EXPECT_FALSE(RE2::PartialMatch(line, h.figure_label)) << line;
  }
}

TEST(Heuristics, DeskName) {
  const RE2& re = GetHeuristics().desk_name;
  for (const char* line : {"Acme Staff", "Northside staff", "Acme Connect Team", "Valley Ledger Newsroom"}) {
    EXPECT_TRUE(RE2::FullMatch(line, re)) << line;
  }
  for (const char* line : {"Staff", "Jane Roe", "Meet the team behind our new depot", "Team building"}) {
    EXPECT_FALSE(RE2::FullMatch(line, re)) << line;
  }
}

TEST(Heuristics, ExpiryLabel) {
  const AnyCasePattern& re = GetHeuristics().expiry_label;
  for (const char* text : {"03:12 Min. Verf\xC3\xBCgbar bis 14.08.2025", "This note will expire on 3 March 2021",
                           "Expires: 18 June 2015", "Available until March 3"}) {
    EXPECT_TRUE(re.PartialMatch(text)) << text;
  }
  for (const char* text : {"Stand: 22.04.2024, 06:00 Uhr", "Published March 3, 2024", "Updated on May 2"}) {
    EXPECT_FALSE(re.PartialMatch(text)) << text;
  }
}

TEST(Heuristics, ByClauseLead) {
  const RE2& re = GetHeuristics().by_clause_lead;
  for (const char* text : {"The chain will open forty shops. By Jane Roe", "Reviewed by Jane Q. Roe, Senior Counsel,",
                           "By Jane Roe"}) {
    EXPECT_TRUE(RE2::PartialMatch(text, re)) << text;
  }
  for (const char* text : {"The council voted. By 2030 the plan", "Prices rose by 4% in the year", "Stand by"}) {
    EXPECT_FALSE(RE2::PartialMatch(text, re)) << text;
  }
}

TEST(IsContentsHead, HeadingsOverAContentsList) {
  for (const char* line : {"Table of Contents", "Toggle Table of Content", "In This Article", "Jump to chapter",
                           "On this page", "Inhalt", "Contents:"}) {
    EXPECT_TRUE(IsContentsHead(line)) << line;
  }
  for (const char* line : {"Contents of the report", "What is in this article about taxes", "Greens and browns"}) {
    EXPECT_FALSE(IsContentsHead(line)) << line;
  }
}

TEST(IsSignUpFinePrint, TheReadersConsentUnderAFormsButton) {
  for (const char* line : {"By signing up you consent to receive the above newsletter from Example Media Inc.",
                           "By clicking \"Join Now\" you are agreeing to our Terms of Service and Privacy Policy.",
                           "*By submitting this form, I agree to the Privacy Policy.",
                           "No spam, we promise. You can unsubscribe at any time."}) {
    EXPECT_TRUE(IsSignUpFinePrint(line)) << line;
  }
  // A story about such terms, and the consent named mid-sentence.
  for (const char* line : {"By clicking accept, millions of users agreed to share their location data.",
                           "Critics say that by signing up you agree to far more than you think.",
                           "Members can unsubscribe at any time, the company said."}) {
    EXPECT_FALSE(IsSignUpFinePrint(line)) << line;
  }
}

TEST(IsSignUpField, TheEmailFieldOfASignUpBox) {
  for (const char* line : {"Enter your email address", "Enter your email", "Email Address", "*Email Address",
                           "Your Email Address*", "Work Email*", "Work Email:", "Email *", "E-Mail*",
                           "Ihre E-Mail-Adresse", "Enter your email address to subscribe", "youremail@email.com",
                           "name@example.com", "Type your email...", "Type your email…"}) {
    EXPECT_TRUE(IsSignUpField(line)) << line;
  }
  // A share button's label, and prose about e-mail.
  for (const char* line : {"Email", "E-mail", "Email your representative today",
                           "Your email address will not be published.", "press@northfield-times.com",
                           "Type your email to the council before Friday."}) {
    EXPECT_FALSE(IsSignUpField(line)) << line;
  }
}

TEST(IsMediaLength, APlayersLengthAloneOnItsLine) {
  for (const char* line : {"Duration 1:30", "Duration 12:38", "VIDEO04:42", "01:48 min", "00:21 Min.", "00:00:49",
                           "0:24", "45:47", "Dauer: 2:05"}) {
    EXPECT_TRUE(IsMediaLength(line)) << line;
  }
  // Clock times, a score, and a sentence about a length.
  for (const char* line : {"19:00", "9:30", "15:59 Uhr", "3:1", "The video runs 1:30 minutes."}) {
    EXPECT_FALSE(IsMediaLength(line)) << line;
  }
}

TEST(IsShortcodeLine, ShortcodesLeftAsText) {
  for (const char* line : {"[/vc_column_text][/vc_column][/vc_row]", "[convertkit form=1630175]", "[CTA_MODULE]",
                           "[vc_row][vc_column width=\"2/3\"][vc_column_text]",
                           "[embed]https://video.example.com/watch/12345[/embed]", "  [/et_pb_section]  "}) {
    EXPECT_TRUE(IsShortcodeLine(line)) << line;
  }
  // A lone bracketed word (an editor's mark, an INI section), a citation,
  // a code line, a caption's text between tags, and a sentence.
  for (const char* line : {"[Update]", "[server]", "[1]", "[sic]", "#[no_mangle]", "x = a[i + 1]",
                           "[caption id=\"attachment_5\"]The old pier[/caption]",
                           "Add [embed] to a post to show a video.", ""}) {
    EXPECT_FALSE(IsShortcodeLine(line)) << line;
  }
}

TEST(IsEmbedSignature, TheLineUnderAnEmbeddedPost) {
  EXPECT_TRUE(IsEmbedSignature("\xE2\x80\x94 Rep. Ilhan Omar (@Ilhan) November 19, 2019"));
  EXPECT_TRUE(IsEmbedSignature("- Dele (@dele_official) 19 novembre 2019"));
  EXPECT_FALSE(IsEmbedSignature("\xE2\x80\x94 Rep. Ilhan Omar, in a statement on November 19, 2019"));
}

TEST(CaptionCreditTrailing, EndsACaptionWithoutBrackets) {
  const CheckedPattern& credit = GetHeuristics().caption_credit_trailing;
  for (const char* line : {"Cranes at the port at dawnGetty Images",
                           "Crowds in Dublin. | Jane Roe/PA Images via Getty Images",
                           "A refinery on Sunday. (AP Photo/Jane Roe) more >",
                           "El ministro, este domingo. EFE/ J.J. Roe",
                           "Ein Kran im Hafen. Bild: Jane Roe/dpa", "Ein Kran im Hafen am Montag Foto: Jane Roe",
                           "Forest at dawn.Credit: Jane Roe/AFP", "Die Halle. Bildrechte: MDR/Jane Roe",
                           "A compact camera. Photo by: 'Jane Roe'.", "The pond in May. Photograph by Jane Roe."}) {
    EXPECT_TRUE(credit.PartialMatch(line)) << line;
  }
  for (const char* line : {"Biden leads Trump, Reuters/Ipsos poll shows", "Vi rapporterer fra Oslo/Paris",
                           "SREcon26 Europe/Middle East/Africa", "Photo: The best pictures of the year",
                           "The photo by the door is ours."}) {
    EXPECT_FALSE(credit.PartialMatch(line)) << line;
  }
}

TEST(CaptionCredit, NamesWhoTookThePicture) {
  const CheckedPattern& credit = GetHeuristics().caption_credit;
  for (const char* line : {"Zahraa was hit by two explosions (AP)", "A car bombing (AFP/Getty Images)",
                           "Protesters wore masks (Image: getty )", "US troops remain [File: Reuters]",
                           "The team at work (Reuters/John Smith)",
                           "The company plans small lunar landers. Credit: Tyvak"}) {
    EXPECT_TRUE(credit.PartialMatch(line)) << line;
  }
  // \p{Lu} and {2,60} in full: the loose form matches these.
  for (const char* line : {"A quiet street (\xC3\xA9TIENNE ROUX)",
                           "A quiet street. Credit: " "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}) {
    EXPECT_TRUE(RE2::PartialMatch(line, credit.Loose())) << line;
    EXPECT_FALSE(credit.PartialMatch(line)) << line;
  }
  EXPECT_TRUE(credit.PartialMatch("A quiet street (\xC3\x89TIENNE ROUX)"));
  for (const char* line : {"Click to print (Opens in new window)", "Apple AirPods with Charging Case (Latest Model)",
                           "Apple iPhone 7, GSM Unlocked, 32GB - Black (Renewed)",
                           "Tue - Sat 4PM (Closed on Sun & Mon)"}) {
    EXPECT_FALSE(credit.PartialMatch(line)) << line;
  }
}

TEST(MatchLabelPhrase, NamesTheLabelThatMatchesTheWholeBlock) {
  EXPECT_STREQ(MatchLabelPhrase("Advertisement"), "advertisement label");
  EXPECT_STREQ(MatchLabelPhrase("SHARE THIS ARTICLE"), "share bar");
  EXPECT_STREQ(MatchLabelPhrase("12 Comments"), "comments");
  EXPECT_STREQ(MatchLabelPhrase("R\xC3\xA9serv\xC3\xA9 aux abonn\xC3\xA9s"), "paywall label");
}

TEST(MatchLabelPhrase, FeedbackWidgetAndPinLines) {
  EXPECT_STREQ(MatchLabelPhrase("Was this page helpful?"), "feedback prompt");
  EXPECT_STREQ(MatchLabelPhrase("Thanks for your feedback!"), "feedback prompt");
  EXPECT_STREQ(MatchLabelPhrase("Did you enjoy this article?"), "feedback prompt");
  EXPECT_STREQ(MatchLabelPhrase("War dieser Artikel hilfreich?"), "feedback prompt");
  EXPECT_STREQ(MatchLabelPhrase("War diese Seite hilfreich?"), "feedback prompt");
  EXPECT_STREQ(MatchLabelPhrase("Heeft u gevonden wat u zocht?"), "feedback prompt");
  EXPECT_STREQ(MatchLabelPhrase("Was deze informatie nuttig?"), "feedback prompt");
  EXPECT_STREQ(MatchLabelPhrase("Did you find what you were looking for?"), "feedback prompt");
  // The page's own sentence about a search is text.
  EXPECT_EQ(MatchLabelPhrase("Sie hat gefunden, was sie suchte."), nullptr);
  EXPECT_STREQ(MatchLabelPhrase("LIKE IT? PIN IT!"), "share bar");
  EXPECT_STREQ(MatchLabelPhrase("Pin this for later!"), "share bar");
  EXPECT_STREQ(MatchLabelPhrase("Share this on:"), "share bar");
  // A label and its buttons' names in one block, run together or spaced.
  EXPECT_STREQ(MatchLabelPhrase("Beitrag teilenFacebookLinkedIn"), "share bar");
  EXPECT_STREQ(MatchLabelPhrase("Partager cet article Facebook Pinterest"), "share bar");
  EXPECT_STREQ(MatchLabelPhrase("Share this: Facebook, X, Email"), "share bar");
  EXPECT_STREQ(MatchLabelPhrase("Beitrag teilen"), "share bar");
  EXPECT_EQ(MatchLabelPhrase("Beitrag teilen und gewinnen"), nullptr);
  // Sentences of the text that use the words.
  EXPECT_EQ(MatchLabelPhrase("Was this page helpful to the students who used it last year?"), nullptr);
  EXPECT_EQ(MatchLabelPhrase("Pin this to the board with two nails."), nullptr);
}

TEST(MatchLabelPhrase, ShopButtonLabels) {
  EXPECT_STREQ(MatchLabelPhrase("WHERE TO BUY"), "shop button");
  EXPECT_STREQ(MatchLabelPhrase("Best Prices Today:"), "shop button");
  EXPECT_STREQ(MatchLabelPhrase("Price at"), "shop button");
  EXPECT_EQ(MatchLabelPhrase("Where to buy the best bread in town"), nullptr);
  EXPECT_EQ(MatchLabelPhrase("The tickets go on sale on Friday."), nullptr);
}

TEST(MatchLabelPhrase, LoadingPlaceholders) {
  EXPECT_STREQ(MatchLabelPhrase("Loading paragraph..."), "loading placeholder");
  EXPECT_STREQ(MatchLabelPhrase("Loading..."), "loading placeholder");
  EXPECT_STREQ(MatchLabelPhrase("Placeholder image-2"), "loading placeholder");
  EXPECT_EQ(MatchLabelPhrase("Loading"), nullptr);
  EXPECT_EQ(MatchLabelPhrase("Loading the truck takes two hours..."), nullptr);
}

TEST(MatchLabelPhrase, TheFirstLabelInOrderWinsWhenSeveralMatch) {
  // Both a share bar ("share via ...") and a newsletter box ("...
  // newsletter ... sign up ...").
  EXPECT_STREQ(MatchLabelPhrase("Share via email newsletter sign up"), "share bar");
}

TEST(MatchLabelPhrase, NothingForProseOrLongBlocks) {
  EXPECT_EQ(MatchLabelPhrase("The advertisement ran for three weeks before the council removed it."), nullptr);
  EXPECT_EQ(MatchLabelPhrase("Advertisement in the paper"), nullptr);
  EXPECT_EQ(MatchLabelPhrase(""), nullptr);
  EXPECT_EQ(MatchLabelPhrase("Share via " + std::string(300, 'x')), nullptr);
}

// Each label in a loose form: what the label is for, and blocks with its
// word that are not the label.
TEST(MatchLabelPhrase, LooseLabelsAnswerAsInFull) {
  const struct {
    std::string block;
    const char* label;
  } cases[] = {
      {"Stay up to date with notifications from The Times", "notification prompt"},
      {"Activer les notifications", "notification prompt"},
      {"The notification went to the wrong address.", nullptr},
      {"Turn on push notifications", "notification prompt"},
      {"Apart from email, you get SMS marketing and web push notifications.", nullptr},
      {"Followers also receive a notification when you go live.", nullptr},
      {"Push notifications and more", nullptr},
      {"Comments are moderated and will not be published.", "comments"},
      {"We are temporarily moderating all comments", "comments"},
      {"Join us for thought-provoking conversations", "comments"},
      {"His comments drew criticism from both parties.", nullptr},
      {"Sign up for our daily newsletter", "newsletter box"},
      {"Inscrivez-vous gratuitement", "newsletter box"},
      {"The newsletter was founded in 1990 by two reporters.", nullptr},
      {"We use cookies to improve your experience.", "cookie notice"},
      {"Accept all cookies", "cookie notice"},
      {"She baked cookies for the whole team.", nullptr},
      {"Source: News agencies", "credit line"},
      {"Keith Bradsher contributed reporting from Hong Kong.", "credit line"},
      {"Source: " + std::string(81, 'x'), nullptr},
      {"Source: " + std::string(80, 'x'), "credit line"},
      {"She contributed a chapter to the book.", nullptr},
      {"mit dpa", "credit line"},
      {"Mit Material von AFP und Reuters", "credit line"},
      {"(Quelle: APA/sda/dpa)", "credit line"},
      {"With files from The Associated Press", "credit line"},
      {"With reports from Reforma and El Economista", "credit line"},
      {"Bron: Belga", "credit line"},
      {"Kilde: NTB", "credit line"},
      {"\xC5\xB9r\xC3\xB3" "d\xC5\x82o: PAP", "credit line"},
      {"Kaynak: AA", "credit line"},
      {"\xC2\xA9 dpa-infocom, dpa:240507-99-123456/2", "credit line"},
      {"\xC2\xA9 dpa-infocom, dpa:240516-99-53606/3 (dpa)", "credit line"},
      {"dpa:240516-99-53606/3", "credit line"},
      {"The dpa:240516-99-53606/3 item was withdrawn by the agency.", nullptr},
      {"Segui Il Corriere di Valle su Telegram", "contact line"},
      {"S\xC3\xAD" "guenos en Google News", "contact line"},
      {"Volg ons op Instagram", "contact line"},
      {"Seguici su Telegram", "contact line"},
      {"Segui le indicazioni per il parcheggio.", nullptr},
      {"Iscriviti alla nostra newsletter per ricevere le notizie", "newsletter box"},
      {"Schrijf je in voor onze nieuwsbrief", "newsletter box"},
      {"Mit dem Rad zur Arbeit", nullptr},
      {"With files from the archive, the team rebuilt the site.", nullptr},
      {"With reports from the field, the team changed its plan.", nullptr},
      {"Amy may be reached at amy@example.com.", "contact line"},
      {"E-mail the author at jdoe@example.com", "contact line"},
      {"Follow Newsbeat on Instagram", "contact line"},
      {"Contact", nullptr},
      {"Updated at 1:23 p.m. EST", "timestamp"},
      {"First Published: Tuesday, November 19, 2019 08:38 AM", "timestamp"},
      {"Published in 2015, the report found little.", nullptr},
      {"Rescuers tried to reach the village at dawn.", nullptr},
  };
  for (const auto& c : cases) {
    const char* label = MatchLabelPhrase(c.block);
    EXPECT_EQ(label == nullptr ? std::string("none") : label, c.label == nullptr ? std::string("none") : c.label)
        << c.block;
  }
}

// A link to an author's page: the author word in the languages news sites
// use, and a numeric id before the slug; a picture's folder of authors'
// portraits, or another kind of page, is none.
TEST(Heuristics, AuthorPageLink) {
  EXPECT_TRUE(IsAuthorPageLink("/authors/jane-doe"));
  EXPECT_TRUE(IsAuthorPageLink("https://example.de/autoren/jana-roth-537799"));
  EXPECT_TRUE(IsAuthorPageLink("https://example.fr/auteur/janeroe"));
  EXPECT_TRUE(IsAuthorPageLink("/autores/jane-roe.html"));
  EXPECT_TRUE(IsAuthorPageLink("https://example.com/authors/1804821/jane-roe"));
  EXPECT_FALSE(IsAuthorPageLink("/images/authors/1804821.jpg/x/y"));
  EXPECT_FALSE(IsAuthorPageLink("/autos/new-models"));
  EXPECT_FALSE(IsAuthorPageLink("/columns/135533"));
  EXPECT_TRUE(IsAuthorPageLink("/people/jane-doe/"));
  EXPECT_TRUE(IsAuthorPageLink("https://example.com/byline/jane-roe"));
  EXPECT_TRUE(IsAuthorPageLink("/staff/jroe"));
  EXPECT_TRUE(IsAuthorPageLink("profile/jane-roe"));
  EXPECT_FALSE(IsAuthorPageLink("https://example.com/s/#/profile/my_info"));
  EXPECT_FALSE(IsAuthorPageLink("/people/"));
  // In any case; a folder name that only ends a longer one is none.
  EXPECT_TRUE(IsAuthorPageLink("https://example.com/Authors/Jane-Roe"));
  EXPECT_TRUE(IsAuthorPageLink("PROFILE/jane-roe"));
  EXPECT_FALSE(IsAuthorPageLink("/coauthors/jane-roe"));
  EXPECT_FALSE(IsAuthorPageLink(""));
}

// A bio opens with a name of two words or more; a thing "the" names, or a
// single word, may be the text's own subject.
TEST(Heuristics, PersonBio) {
  const RE2& bio = GetHeuristics().person_bio.Exact();
  EXPECT_TRUE(RE2::PartialMatch("Jane Doe is a finance writer who lives in Leeds.", bio));
  EXPECT_TRUE(RE2::PartialMatch("Arne O\u2019Neil-Berg is the director of a research group.", bio));
  EXPECT_TRUE(RE2::PartialMatch("Thea Lund is an editor.", bio));
  EXPECT_TRUE(RE2::PartialMatch("Tom Hale is a reporter.", bio));
  EXPECT_FALSE(RE2::PartialMatch("The Alliance Group is a partnership of firms.", bio));
  EXPECT_FALSE(RE2::PartialMatch("Gluten is a protein found in wheat.", bio));
  EXPECT_FALSE(RE2::PartialMatch("Jane Doe was a finance writer.", bio));
  EXPECT_FALSE(RE2::PartialMatch("In short, Jane Doe is a writer.", bio));
  // The loose form, tried first, lets every bio through.
  const RE2& loose = GetHeuristics().person_bio.Loose();
  EXPECT_TRUE(RE2::PartialMatch("Arne O\u2019Neil-Berg is the director of a research group.", loose));
  EXPECT_TRUE(RE2::PartialMatch("\u00C5sa Lind is an editor.", loose));
  EXPECT_TRUE(GetHeuristics().person_bio.PartialMatch("Thea Lund is an editor."));
  EXPECT_FALSE(GetHeuristics().person_bio.PartialMatch("The Alliance Group is a partnership of firms."));
}

// A thread's closed notice and a gallery's no-script notice, in a few
// languages; a sentence about closed things is no label.
TEST(MatchLabelPhrase, ClosedCommentsAndScriptNotices) {
  EXPECT_STREQ(MatchLabelPhrase("Comments are closed."), "comments");
  EXPECT_STREQ(MatchLabelPhrase("Die Kommentarfunktion ist geschlossen."), "comments");
  EXPECT_STREQ(MatchLabelPhrase("Les commentaires sont ferm\xC3\xA9s."), "comments");
  EXPECT_EQ(MatchLabelPhrase("The bridge is closed to traffic until March."), nullptr);
  EXPECT_STREQ(MatchLabelPhrase("This slideshow requires JavaScript."), "script notice");
  EXPECT_EQ(MatchLabelPhrase("JavaScript is a language that runs in the browser."), nullptr);
  EXPECT_STREQ(MatchLabelPhrase("I commenti sono chiusi."), "comments");
  EXPECT_STREQ(MatchLabelPhrase("Reacties zijn gesloten."), "comments");
  EXPECT_STREQ(MatchLabelPhrase("Komentarze s\xC4\x85 wy\xC5\x82\xC4\x85" "czone."), "comments");
  EXPECT_STREQ(MatchLabelPhrase("Kommentarer \xC3\xA4r st\xC3\xA4ngda."), "comments");
  EXPECT_STREQ(MatchLabelPhrase("Yorumlar kapat\xC4\xB1lm\xC4\xB1\xC5\x9Ft\xC4\xB1r."), "comments");
  EXPECT_EQ(MatchLabelPhrase("I negozi sono chiusi la domenica."), nullptr);
  EXPECT_STREQ(MatchLabelPhrase("Questa presentazione richiede JavaScript."), "script notice");
  EXPECT_STREQ(MatchLabelPhrase("Voor deze diavoorstelling is JavaScript vereist."), "script notice");
  EXPECT_STREQ(MatchLabelPhrase("Detta bildspel kr\xC3\xA4ver JavaScript."), "script notice");
  EXPECT_STREQ(MatchLabelPhrase("\xE3\x81\x93\xE3\x81\xAE\xE3\x82\xB9\xE3\x83\xA9\xE3\x82\xA4\xE3\x83\x89"
                                "\xE3\x82\xB7\xE3\x83\xA7\xE3\x83\xBC\xE3\x81\xAB\xE3\x81\xAF JavaScript "
                                "\xE3\x81\x8C\xE5\xBF\x85\xE8\xA6\x81\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x82"),
               "script notice");
}

// Tag lines under the text, labelled in Italian, Dutch, Polish, Swedish
// and Turkish; a sentence that opens on the same word is no label.
TEST(MatchLabelPhrase, TagLinesInOtherLanguages) {
  for (const char* line : {"Etichette: pista ciclabile, consiglio", "Trefwoorden: fietspad, gemeenteraad",
                           "Tagi: rower, miasto", "Taggar: cykelbana, kommun", "Etiketler: bisiklet, belediye",
                           "Argomenti: mobilit\xC3\xA0, citt\xC3\xA0"}) {
    EXPECT_STREQ(MatchLabelPhrase(line), "tag list") << line;
  }
  EXPECT_EQ(MatchLabelPhrase("Argomenti forti non ne ha portati nessuno."), nullptr);
}

// A CMS article info list's category and hit-count fields, in German,
// French and English; a sentence about a category, or a count with words
// after it, is no such field.
TEST(MatchLabelPhrase, ArticleInfoFields) {
  for (const char* line : {"Kategorie: Vereinsnachrichten", "Cat\xC3\xA9gorie : Vie du club",
                           "Cat\xC3\xA9gorie parente : Actualit\xC3\xA9s", "Rubrik: Sport", "Zugriffe: 123",
                           "Hits: 1.024", "Affichages : 123"}) {
    EXPECT_STREQ(MatchLabelPhrase(line), "article info field") << line;
  }
  EXPECT_EQ(MatchLabelPhrase("Kategorie B spielt am Sonntag."), nullptr);
  EXPECT_EQ(MatchLabelPhrase("Hits: 12 songs that defined the summer"), nullptr);
}

// The article tools, a rating widget and an app pitch printed as plain
// paragraphs; a sentence that merely speaks of them, or a review's own
// verdict, is no label.
TEST(MatchLabelPhrase, ArticleToolsRatingsAndAppPitches) {
  EXPECT_STREQ(MatchLabelPhrase("Listen to this article"), "article tool");
  EXPECT_STREQ(MatchLabelPhrase("Listen to this article \xC2\xB7 5 min"), "article tool");
  EXPECT_STREQ(MatchLabelPhrase("Artikel anh\xC3\xB6ren"), "article tool");
  EXPECT_STREQ(MatchLabelPhrase("Save article"), "article tool");
  EXPECT_STREQ(MatchLabelPhrase("Back to top"), "article tool");
  EXPECT_EQ(MatchLabelPhrase("Listen to this article and you will learn why the quay matters."), nullptr);
  EXPECT_STREQ(MatchLabelPhrase("Rate this article: 1 2 3 4 5"), "rating widget");
  EXPECT_STREQ(MatchLabelPhrase("Rating: 4.5/5 (12 votes)"), "rating widget");
  EXPECT_STREQ(MatchLabelPhrase("Average rating 4 / 5. Vote count: 7"), "rating widget");
  EXPECT_STREQ(MatchLabelPhrase("Vote count: 1,204"), "rating widget");
  EXPECT_STREQ(MatchLabelPhrase("4.5 (1,204 votes)"), "rating widget");
  EXPECT_EQ(MatchLabelPhrase("The final vote count: 218 to 214."), nullptr);
  EXPECT_EQ(MatchLabelPhrase("Officials said the vote count 52 would be certified on Monday."), nullptr);
  EXPECT_EQ(MatchLabelPhrase("Rating: \xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85"), nullptr);
  EXPECT_EQ(MatchLabelPhrase("Rating: 4/5"), nullptr);
  EXPECT_STREQ(MatchLabelPhrase("Download our app for the latest news"), "app pitch");
  EXPECT_STREQ(MatchLabelPhrase("Laden Sie unsere kostenlose App herunter."), "app pitch");
  EXPECT_EQ(MatchLabelPhrase("Download the Zoom app from the store and sign in."), nullptr);
  EXPECT_STREQ(MatchLabelPhrase("Scarica la nostra app per leggere le notizie"), "app pitch");
  EXPECT_STREQ(MatchLabelPhrase("Download onze app voor het laatste nieuws"), "app pitch");
  EXPECT_STREQ(MatchLabelPhrase("Vota questo articolo"), "rating widget");
  EXPECT_STREQ(MatchLabelPhrase("Wie hat Ihnen das Rezept geschmeckt?"), "rating widget");
  EXPECT_STREQ(MatchLabelPhrase("There are no reviews yet."), "product reviews");
  EXPECT_STREQ(MatchLabelPhrase("Es gibt noch keine Bewertungen."), "product reviews");
  EXPECT_STREQ(MatchLabelPhrase("Be the first to review \xE2\x80\x9CLavender Soap\xE2\x80\x9D"), "product reviews");
  EXPECT_EQ(MatchLabelPhrase("There are no reviews yet of the new law, the minister said."), nullptr);
  EXPECT_STREQ(MatchLabelPhrase("Wat vond je van dit recept?"), "rating widget");
  EXPECT_STREQ(MatchLabelPhrase("Avez-vous aim\xC3\xA9 cette recette ?"), "rating widget");
  EXPECT_STREQ(MatchLabelPhrase("Did you make this recipe?"), "rating widget");
  EXPECT_STREQ(MatchLabelPhrase("\xE2\x98\x86\xE2\x98\x86\xE2\x98\x86\xE2\x98\x86\xE2\x98\x86"), "rating widget");
  EXPECT_EQ(MatchLabelPhrase("Wie hat Ihnen das Konzert gefallen? Die Band spielte drei Stunden."), nullptr);
  // The German rating widget's prompt, count and first-vote line.
  EXPECT_STREQ(MatchLabelPhrase("Wie hilfreich war dieser Beitrag?"), "rating widget");
  EXPECT_STREQ(MatchLabelPhrase("Klicke auf die Sterne, um ihn zu bewerten!"), "rating widget");
  EXPECT_STREQ(MatchLabelPhrase("\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85 4,6 von 5 Sternen (58 Bewertungen)"),
               "rating widget");
  EXPECT_STREQ(MatchLabelPhrase("(126 Bewertungen)"), "rating widget");
  EXPECT_STREQ(MatchLabelPhrase("Bisher keine Bewertungen! Sei der Erste, der diesen Beitrag bewertet."), "rating widget");
  EXPECT_EQ(MatchLabelPhrase("Das Hotel hat 4 von 5 Sternen und liegt direkt am Strand."), nullptr);
  EXPECT_STREQ(MatchLabelPhrase("Valora este art\xC3\xAD" "culo"), "rating widget");
  EXPECT_STREQ(MatchLabelPhrase("Beoordeel dit artikel"), "rating widget");
  EXPECT_STREQ(MatchLabelPhrase("Stampa questo articolo"), "share bar");
  EXPECT_STREQ(MatchLabelPhrase("Deel op WhatsApp"), "share bar");
  EXPECT_EQ(MatchLabelPhrase("La stampa locale ha seguito il voto."), nullptr);
}

// A recipe card's score over its count and its rating prompts; its
// buttons set as text, alone or run together. A sentence that speaks of
// printing a recipe is text.
TEST(MatchLabelPhrase, RecipeCardRatingsAndButtons) {
  EXPECT_STREQ(MatchLabelPhrase("\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85 4.8 from 120 votes"),
               "rating widget");
  EXPECT_STREQ(MatchLabelPhrase("5 from 3 reviews"), "rating widget");
  EXPECT_STREQ(MatchLabelPhrase("Did you make this? Rate this recipe"), "rating widget");
  EXPECT_STREQ(MatchLabelPhrase("Rezept bewerten: \xE2\x98\x86\xE2\x98\x86\xE2\x98\x86"), "rating widget");
  EXPECT_EQ(MatchLabelPhrase("The bill passed with 218 from 430 votes cast, a narrow margin."), nullptr);
  EXPECT_STREQ(MatchLabelPhrase("Jump to Recipe"), "recipe card buttons");
  EXPECT_STREQ(MatchLabelPhrase("Print Recipe  Pin Recipe"), "recipe card buttons");
  EXPECT_STREQ(MatchLabelPhrase("Zum Rezept springen"), "recipe card buttons");
  EXPECT_STREQ(MatchLabelPhrase("Rezept drucken | Rezept merken"), "recipe card buttons");
  EXPECT_EQ(MatchLabelPhrase("Print the recipe and keep it by the oven."), nullptr);
  EXPECT_EQ(MatchLabelPhrase("Recipe"), nullptr);
}

// The name in a press release's company box head; other "About" lines
// give none.
TEST(SaysPrintLayout, PrintToolsAndPrintLayoutBoxes) {
  EXPECT_TRUE(SaysPrintLayout("recipe-steps-print"));
  EXPECT_TRUE(SaysPrintLayout("etapes print"));
  EXPECT_TRUE(SaysPrintLayout("print-button"));
  EXPECT_FALSE(SaysPrintLayout("print-steps"));
  EXPECT_FALSE(SaysPrintLayout("blueprint"));
  EXPECT_FALSE(SaysPrintLayout("article-body"));
  // Other chrome words are kChromeClass's, not the print class's.
  EXPECT_FALSE(GetHeuristics().chrome_class.MatchesLower("recipe-steps-print"));
  EXPECT_TRUE(GetHeuristics().chrome_class.MatchesLower("share-print"));
}

// A press release's contact head in English, German and French; a line
// that speaks of the press, or a site's plain "Contact" link, heads none.
TEST(IsPressContactHead, ContactHeadsOfReleases) {
  EXPECT_TRUE(IsPressContactHead("Media contact:"));
  EXPECT_TRUE(IsPressContactHead("Press Enquiries"));
  EXPECT_TRUE(IsPressContactHead("Pressekontakt"));
  EXPECT_TRUE(IsPressContactHead("Kontakt f\xC3\xBCr die Presse:"));
  EXPECT_TRUE(IsPressContactHead("Contact presse"));
  EXPECT_FALSE(IsPressContactHead("Contact"));
  EXPECT_FALSE(IsPressContactHead("The press office declined to comment."));
  EXPECT_FALSE(IsPressContactHead("Kontakt"));
  // Set in capitals: the umlaut is lower-cased as the letters are.
  EXPECT_TRUE(IsPressContactHead("KONTAKT F\xC3\x9CR DIE PRESSE"));
}

// A reader poll's head in English, German and French; a line that
// speaks of a poll is none.
TEST(IsPollHead, PollHeads) {
  EXPECT_TRUE(IsPollHead("Poll"));
  EXPECT_TRUE(IsPollHead("Reader poll:"));
  EXPECT_TRUE(IsPollHead("Umfrage"));
  EXPECT_TRUE(IsPollHead("Ihre Meinung ist gefragt!"));
  EXPECT_TRUE(IsPollHead("Sondage du jour"));
  EXPECT_TRUE(IsPollHead("What do you think?"));
  EXPECT_FALSE(IsPollHead("Polls show the race is tight"));
  EXPECT_FALSE(IsPollHead("Umfrage: Mehrheit f\xC3\xBCr Tempolimit"));
  EXPECT_TRUE(IsPollHead("ENCUESTA DEL D\xC3\x8D" "A"));
}

// What shows a poll under its head: a button's label, an option's share.
TEST(IsPollVoteLabel, ButtonLabels) {
  EXPECT_TRUE(IsPollVoteLabel("Vote"));
  EXPECT_TRUE(IsPollVoteLabel("Jetzt abstimmen!"));
  EXPECT_TRUE(IsPollVoteLabel("View results"));
  EXPECT_TRUE(IsPollVoteLabel("Ergebnis"));
  EXPECT_FALSE(IsPollVoteLabel("The vote is due in July."));
}

// A newsletter's link to its web version, whole; words of an article's own
// link are not one.
TEST(IsEmailViewLink, WebVersionLinks) {
  EXPECT_TRUE(IsEmailViewLink("View it in your browser"));
  EXPECT_TRUE(IsEmailViewLink("View in Browser"));
  EXPECT_TRUE(IsEmailViewLink("View this email online \xC2\xBB"));
  EXPECT_TRUE(IsEmailViewLink("Im Browser ansehen"));
  EXPECT_TRUE(IsEmailViewLink("Voir dans le navigateur"));
  EXPECT_TRUE(IsEmailViewLink("Ver este correo en el navegador"));
  EXPECT_TRUE(IsEmailViewLink("Bekijk deze nieuwsbrief in je browser"));
  EXPECT_FALSE(IsEmailViewLink("web version"));
  EXPECT_FALSE(IsEmailViewLink("read online"));
  EXPECT_FALSE(IsEmailViewLink("Leer online"));
  EXPECT_FALSE(IsEmailViewLink("the browser wars of the nineties"));
}

// The link on the newsletter's own line, not in an article's sentence
// that offers a product's web version.
TEST(IsEmailViewLine, TheNewslettersLineNotAnArticlesSentence) {
  const auto line = [](std::string_view text, std::string_view link) {
    return IsEmailViewLine(text, text.find(link), text.find(link) + link.size());
  };
  EXPECT_TRUE(line("View it in your browser.", "View it in your browser"));
  EXPECT_TRUE(line("Is this email not displaying correctly? View it in your browser.", "View it in your browser"));
  EXPECT_TRUE(line("The Weekly Tinkerer, issue 12 :: View in Browser", "View in Browser"));
  EXPECT_FALSE(line("The app costs $30 on Windows and Mac, or you can open the web version for free.",
                    "open the web version"));
  EXPECT_TRUE(line("If you are having trouble viewing this message, view it in your browser.",
                   "view it in your browser"));
  EXPECT_FALSE(line("Google said Gmail users who prefer not to install the new app can still open the web version.",
                    "open the web version"));
  EXPECT_TRUE(line("Wird der Newsletter nicht korrekt angezeigt? Im Browser ansehen", "Im Browser ansehen"));
  EXPECT_TRUE(line("Si ce mail ne s'affiche pas correctement, lire dans le navigateur", "lire dans le navigateur"));
  EXPECT_FALSE(line("Anyone with the Outlook mail client can already view it in the browser today, the company said.",
                    "view it in the browser"));
  EXPECT_FALSE(line("Der Editor kostet 30 Euro, man kann ihn aber auch im Browser \xC3\xB6" "ffnen.",
                    "im Browser \xC3\xB6" "ffnen"));
}

TEST(IsPollShareLine, OptionsWithShares) {
  EXPECT_TRUE(IsPollShareLine("Ja: 58 Prozent"));
  EXPECT_TRUE(IsPollShareLine("No 34%"));
  EXPECT_FALSE(IsPollShareLine("Nein"));
  EXPECT_FALSE(IsPollShareLine("The council's report counted nine thousand cars a day in the square, 40 percent of "
                               "them looking for a space."));
}

// The mark ending a release's text; a scene break of three stars is no
// such mark.
TEST(MatchLabelPhrase, ReleaseEndMarks) {
  EXPECT_STREQ(MatchLabelPhrase("###"), "release end mark");
  EXPECT_STREQ(MatchLabelPhrase("- Ende -"), "release end mark");
  EXPECT_STREQ(MatchLabelPhrase("ENDS"), "release end mark");
  EXPECT_STREQ(MatchLabelPhrase("-30-"), "release end mark");
  EXPECT_EQ(MatchLabelPhrase("Ende"), nullptr);
  EXPECT_EQ(MatchLabelPhrase("The End"), nullptr);
}

TEST(CompanyBoxName, NameAfterAbout) {
  EXPECT_EQ(CompanyBoxName("About Brightwater Analytics").name, "Brightwater Analytics");
  EXPECT_EQ(CompanyBoxName("Acerca de Movilidad Clara:").name, "Movilidad Clara");
  EXPECT_EQ(CompanyBoxName("Over Fietsplan BV").name, "Fietsplan BV");
  EXPECT_EQ(CompanyBoxName("\xc3\x9c" "ber die Nordhessische K\xc3\xa4ltetechnik AG").name, "Nordhessische K\xc3\xa4ltetechnik AG");
  EXPECT_EQ(CompanyBoxName("About the Harbour Trust").name, "Harbour Trust");
  EXPECT_EQ(CompanyBoxName("About the author").name, "");
  EXPECT_EQ(CompanyBoxName("About 300 people came to the meeting.").name, "");
  EXPECT_TRUE(CompanyBoxName("\xc3\x9c" "ber die Umfrage").after_article);
  EXPECT_FALSE(CompanyBoxName("About Brightwater Analytics").after_article);
}

// A Japanese paper's bracketed credit: the names after a title or a place;
// a bracketed aside, a bare name or a sentence gives none.
TEST(WireSignOffReporters, ReportersBeforeOtherRoles) {
  EXPECT_EQ(WireSignOffReporters("Reporting by Tom Baxter; Editing by Alan Crosby"), "Tom Baxter");
  EXPECT_EQ(WireSignOffReporters("(Reporting by Will Dunham; Editing by Tom Brown)"), "Will Dunham");
  EXPECT_EQ(WireSignOffReporters("Reporting by Tom Baxter and Lena Kraus; additional reporting by Omar Haddad"),
            "Tom Baxter and Lena Kraus");
  EXPECT_EQ(WireSignOffReporters("Reporting by Gopal Sharma, additional reporting by Lisa Barrington, writing by "
                                 "Shilpa Jamkhandikar, Editing by Alex Richardson"),
            "Gopal Sharma");
  EXPECT_EQ(WireSignOffReporters("Reporting by Tom Baxter in Chicago, Lena Kraus in Berlin; Writing by Omar Haddad"),
            "Tom Baxter in Chicago, Lena Kraus in Berlin");
  EXPECT_EQ(WireSignOffReporters("Reporting by Tom Baxter"), "Tom Baxter");
  // Only a line that opens with the credit: a sentence naming it is none.
  EXPECT_EQ(WireSignOffReporters("The paper thanks them. Reporting by Tom Baxter"), "");
  EXPECT_EQ(WireSignOffReporters("Editing by Alan Crosby"), "");
  EXPECT_EQ(WireSignOffReporters("Reporting by (for) whom?"), "");
}

TEST(BracketedCjkCreditNames, NamesAfterTitleOrPlace) {
  EXPECT_EQ(BracketedCjkCreditNames("（編集委員・山田太郎）"), "山田太郎");
  EXPECT_EQ(BracketedCjkCreditNames("（社会部 山田太郎）"), "山田太郎");
  // Chinese papers' simplified reporter's title.
  EXPECT_EQ(BracketedCjkCreditNames("（记者 王小明）"), "王小明");
  EXPECT_EQ(BracketedCjkCreditNames("【ワシントン＝佐藤花子、鈴木一郎】"), "佐藤花子、鈴木一郎");
  EXPECT_EQ(BracketedCjkCreditNames("（ニューヨーク=佐藤花子）"), "佐藤花子");
  EXPECT_EQ(BracketedCjkCreditNames("（山田太郎）"), "");
  EXPECT_EQ(BracketedCjkCreditNames("（写真は市役所）"), "");
  EXPECT_EQ(BracketedCjkCreditNames("(Washington=Jane Roe)"), "");
  EXPECT_EQ(BracketedCjkCreditNames("市は（編集委員・山田太郎）と述べた"), "");
}

// A deals roundup's shop links; a sentence naming a price is none.
TEST(Heuristics, ShopLink) {
  const RE2& shop = GetHeuristics().shop_link;
  EXPECT_TRUE(RE2::FullMatch("Get it on Shopzone for $29", shop));
  EXPECT_TRUE(RE2::FullMatch("Buy it at Acme for \xC2\xA3" "12.99 (was \xC2\xA3" "20)", shop));
  EXPECT_TRUE(RE2::FullMatch("$29 at Shopzone", shop));
  EXPECT_FALSE(RE2::FullMatch("Get it on sale this week for $29, the lowest price we have seen.", shop));
  // The whole offer is captured; a bare shop button is matched but not captured.
  re2::StringPiece offer;
  EXPECT_TRUE(RE2::FullMatch("Robot vacuum for $179 at Shopmart", shop, &offer));
  EXPECT_EQ(offer, "Robot vacuum for $179 at Shopmart");
  EXPECT_TRUE(RE2::FullMatch("Kabellose Kopfh\xC3\xB6rer f\xC3\xBCr 59 \xE2\x82\xAC bei H\xC3\xA4ndler", shop, &offer));
  EXPECT_FALSE(offer.empty());
  EXPECT_TRUE(RE2::FullMatch("Drip coffee maker for $45 (was $70) at Megamart", shop, &offer));
  EXPECT_FALSE(offer.empty());
  EXPECT_TRUE(RE2::FullMatch("$29 at Shopzone", shop, &offer));
  EXPECT_TRUE(offer.empty());
  EXPECT_FALSE(RE2::FullMatch("$350 at Amazon $400 at Target", shop));
  EXPECT_FALSE(RE2::FullMatch("The city paid for $2 million at auction. The mayor was pleased", shop));
}

TEST(BylinePrefix, HalvesMatchWhatOnePatternOfBothWould) {
  // The two halves of the byline labels against one pattern of both, in the
  // order the labels were written before the split.
  const Heuristics& h = GetHeuristics();
  const std::string ascii = h.byline_prefix.Ascii().operator const RE2&().pattern();
  const std::string wide = h.byline_prefix.Wide().operator const RE2&().pattern();
  const RE2 both("(?:" + ascii + ")|(?:" + wide + ")", CaseInsensitive());
  ASSERT_TRUE(both.ok());
  for (const char* text :
       {"By Jane Roe", "\u0422\u0435\u043a\u0441\u0442: \u0418\u0432\u0430\u043d", "Του Γιάννη Παπαδόπουλου",
        "\u8a18\u8005 \u738b\u5c0f\u660e", "\u53d6\u6750\u30fb\u6587\uff1a\u4f50\u85e4",
        "\uae30\uc790\uba85 \ud64d\uae38\ub3d9", "\uae30\uc790\ud68c\uacac", "\u017ftory by Jane",
        "de Ana Pop", "De Luca", "Jane Roe"}) {
    re2::StringPiece split(text);
    re2::StringPiece one(text);
    const bool split_matched = h.byline_prefix.Consume(&split);
    EXPECT_EQ(split_matched, RE2::Consume(&one, both)) << text;
    EXPECT_EQ(split, one) << text;
  }
}

// A loose form of plain words is looked for word by word: a text holding
// none of them never matches, whatever the pattern; one holding a word is
// matched by the pattern itself.
TEST(AnyCasePattern, PlainWordsLooseFormGatesThePattern) {
  const AnyCasePattern p("\\bcat\\b.*\\bdog\\b", "cat|dog");
  EXPECT_TRUE(p.PartialMatch("The CAT and the Dog"));
  EXPECT_FALSE(p.PartialMatch("The cow and the horse"));
  EXPECT_FALSE(p.PartialMatch("A dog before a cat"));
  const AnyCasePattern regex_loose("\\bcat\\b.*\\bdog\\b", "c[a]t");
  EXPECT_TRUE(regex_loose.PartialMatch("cat, dog"));
  EXPECT_FALSE(regex_loose.PartialMatch("dog, cot"));
}

TEST(Heuristics, RelativeTimeLineAndItsCheapTest) {
  for (const char* line : {"jdoe 2 hours ago", "vor 3 Stunden", "il y a 5 jours", "hace 2 d\xC3\xAD" "as", "4d", "12mo"}) {
    EXPECT_TRUE(IsRelativeTimeLine(line)) << line;
    EXPECT_TRUE(MayHoldRelativeTime(line) || std::string_view(line).size() <= 4) << line;
  }
  for (const char* line : {"The council approved it", "Jane Doe and John Roe", "12 hours", "2024"}) {
    EXPECT_FALSE(IsRelativeTimeLine(line)) << line;
  }
  EXPECT_FALSE(MayHoldRelativeTime("Jane Doe and John Roe"));
  EXPECT_FALSE(MayHoldRelativeTime("The council approved it"));
  EXPECT_TRUE(MayHoldRelativeTime("Il  y\ta 2 heures"));
  // The forms of more languages, each with its cheap word.
  for (const char* line : {"3 часа назад", "2 години тому", "3 godziny temu", "4 saat önce", "6 uur geleden",
                           "2 jam yang lalu"}) {
    EXPECT_TRUE(MayHoldRelativeTime(line)) << line;
    EXPECT_TRUE(IsRelativeTimeLine(line)) << line;
  }
  // A sentence that holds the word is no relative time.
  EXPECT_FALSE(IsRelativeTimeLine("Много лет назад здесь стоял завод"));
}

TEST(MatchLabelPhrase, NewsletterPitchesInMoreLanguages) {
  EXPECT_STREQ(MatchLabelPhrase("Zapisz si\xC4\x99 na nasz newsletter i otrzymuj wiadomo\xC5\x9B" "ci."),
               "newsletter pitch");
  EXPECT_STREQ(MatchLabelPhrase("Tilaa uutiskirjeemme ja saat p\xC3\xA4iv\xC3\xA4n uutiset."), "newsletter pitch");
  // Russian "Subscribe to our mailing list ...", the verb capitalised.
  EXPECT_STREQ(MatchLabelPhrase("\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x88\xD0\xB8\xD1\x82\xD0\xB5\xD1\x81\xD1\x8C "
                                "\xD0\xBD\xD0\xB0 \xD0\xBD\xD0\xB0\xD1\x88\xD1\x83 \xD1\x80\xD0\xB0\xD1\x81\xD1\x81\xD1\x8B\xD0\xBB"
                                "\xD0\xBA\xD1\x83."),
               "newsletter pitch");
  // The newsletter named without a call to sign up is news.
  EXPECT_EQ(MatchLabelPhrase("Ministerstwo wyda\xC5\x82o w czwartek nowy newsletter dla rolnik\xC3\xB3w."), nullptr);
}

TEST(MatchLabelPhrase, AdLabelsInMoreLanguages) {
  for (const char* label : {"Reklama", "Hirdet\xC3\xA9s", "Publicidade", "Annons", "Mainos", "\xE5\xBA\x83\xE5\x91\x8A",
                            "\xEA\xB4\x91\xEA\xB3\xA0"}) {
    EXPECT_STREQ(MatchLabelPhrase(label), "advertisement label") << label;
  }
  EXPECT_EQ(MatchLabelPhrase("Reklama w telewizji kosztuje coraz wi\xC4\x99" "cej."), nullptr);
}

TEST(MatchLabelPhrase, SourceAndPhotoCreditsInMoreLanguages) {
  EXPECT_STREQ(MatchLabelPhrase("L\xC3\xA4hde: STT"), "credit line");
  EXPECT_STREQ(MatchLabelPhrase("Zdroj: \xC4\x8CTK"), "credit line");
  // Chinese "Source: Xinhua" with a full-width colon.
  EXPECT_STREQ(MatchLabelPhrase("\xE6\x9D\xA5\xE6\xBA\x90\xEF\xBC\x9A\xE6\x96\xB0\xE5\x8D\x8E\xE7\xA4\xBE"), "credit line");
  EXPECT_STREQ(MatchLabelPhrase("Fot. Jan Kowalski / Agencja Foto"), "image credit");
  EXPECT_STREQ(MatchLabelPhrase("Kuva: Lehtikuva / Heikki Saukkomaa"), "image credit");
  // Korean "Photo=Yonhap".
  EXPECT_STREQ(MatchLabelPhrase("\xEC\x82\xAC\xEC\xA7\x84=\xEC\x97\xB0\xED\x95\xA9\xEB\x89\xB4\xEC\x8A\xA4"), "image credit");
  EXPECT_EQ(MatchLabelPhrase("Vir je bil potrjen v \xC4\x8D" "etrtek. Bolnik je doma."), nullptr);
}

// The label phrases kept out of the start-up set are tried only for a block
// holding one of a few letters or words: those in Latin-1 letters and in
// ASCII alone must pass that test.
TEST(MatchLabelPhrase, GatedLabelsInLatinOneAndAsciiLetters) {
  EXPECT_STREQ(MatchLabelPhrase("Forr\xC3\xA1s: MTI"), "credit line");
  EXPECT_STREQ(MatchLabelPhrase("Fot\xC3\xB3: MTI / Kov\xC3\xA1" "cs Tam\xC3\xA1s"), "image credit");
  EXPECT_STREQ(MatchLabelPhrase("Iratkozzon fel h\xC3\xADrlevel\xC3\xBCnkre!"), "newsletter pitch");
  EXPECT_STREQ(MatchLabelPhrase("Tilaa uutiskirje ja saat uutiset aamulla."), "newsletter pitch");
  EXPECT_STREQ(MatchLabelPhrase("Artikkelen er kun for abonnenter."), "subscriber-only notice");
  // An ASCII label before a full-width colon.
  EXPECT_STREQ(MatchLabelPhrase("Source\xEF\xBC\x9AReuters"), "credit line");
  // A Latin-1 letter alone opens no gated label.
  EXPECT_EQ(MatchLabelPhrase("Caf\xC3\xA9 owners welcome the plan."), nullptr);
}

TEST(MatchLabelPhrase, SubscriberOnlyNoticesInMoreLanguages) {
  EXPECT_STREQ(MatchLabelPhrase("Ten artyku\xC5\x82 jest dost\xC4\x99pny tylko dla subskrybent\xC3\xB3w."),
               "subscriber-only notice");
  EXPECT_STREQ(MatchLabelPhrase("Denne artikel er kun for abonnenter. Bliv abonnent."), "subscriber-only notice");
  // A teaser card's badge, no sentence: Japanese "members-only article".
  EXPECT_EQ(MatchLabelPhrase("\xE4\xBC\x9A\xE5\x93\xA1\xE9\x99\x90\xE5\xAE\x9A\xE8\xA8\x98\xE4\xBA\x8B"), nullptr);
  // Subscribers counted in the news, the "only" far from them.
  EXPECT_EQ(MatchLabelPhrase("Serwis straci\xC5\x82 w tym roku tylko w Polsce, jak podaje firma, dwa miliony "
                             "subskrybent\xC3\xB3w."),
            nullptr);
}

TEST(Heuristics, PublishedLabelAfterADate) {
  EXPECT_TRUE(StartsWithPublishedLabel("\u516c\u958b 2024\u5e74"));  // 公開
  EXPECT_TRUE(StartsWithPublishedLabel(" \u914d\u4fe1"));             // 配信
  EXPECT_TRUE(StartsWithPublishedLabel("\u63b2\u8f09"));              // 掲載
  EXPECT_FALSE(StartsWithPublishedLabel("\u66f4\u65b0"));             // 更新, the update's
  EXPECT_FALSE(StartsWithPublishedLabel(" by Jane Roe"));
}

}  // namespace
TEST(WireLeadCreditNames, ReportersOfAChineseOrKoreanDateline) {
  // Taiwan's agency: the reporter before the place and the day, no mark between.
  EXPECT_EQ(WireLeadCreditNames("（中央社記者王小明台北5日電）市政府昨日宣布新計畫。"), "王小明");
  EXPECT_EQ(WireLeadCreditNames("中央社記者王小明、陳大文華盛頓4日專電 市府表示"), "王小明、陳大文");
  EXPECT_EQ(WireLeadCreditNames("（中央社記者王明台北5日電）市政府昨日宣布新計畫。"), "王明");
  EXPECT_EQ(WireLeadCreditNames("記者王小明今日12日電話訪問市長。"), "");
  EXPECT_EQ(WireLeadCreditNames("新华社北京3月8日电（记者王小红、李华）市政府周二公布了新计划。"), "王小红、李华");
  EXPECT_EQ(WireLeadCreditNames("本报讯（记者 张伟）本市将新建自行车道。"), "张伟");
  EXPECT_EQ(WireLeadCreditNames("本报讯 记者 张伟 报道 本市将新建自行车道。"), "张伟");
  EXPECT_EQ(WireLeadCreditNames("本报讯 记者张伟 通讯员李华 报道：本市将新建自行车道。"), "张伟 通讯员李华");
  EXPECT_EQ(WireLeadCreditNames("中新网3月8日电 (记者 王小红) 市政府周二公布了新计划。"), "王小红");
  EXPECT_EQ(WireLeadCreditNames("(서울=연합뉴스) 김민수 기자 = 시의회가 11일 예산안을 통과시켰다."), "김민수");
  EXPECT_EQ(WireLeadCreditNames("[서울=뉴시스]김민수 기자 = 시의회가 11일 예산안을 통과시켰다."), "김민수");
  EXPECT_EQ(WireLeadCreditNames("이영희 기자 = 시의회가 11일 예산안을 통과시켰다."), "이영희");
}

TEST(WireLeadCreditNames, NoCreditInOrdinaryOpenings) {
  EXPECT_EQ(WireLeadCreditNames("The council met on Tuesday (reporter Jane Roe was there)."), "");
  EXPECT_EQ(WireLeadCreditNames("市政府周二公布了新计划，记者了解到资金尚未落实。"), "");
  EXPECT_EQ(WireLeadCreditNames("시의회는 기자회견을 열고 예산안을 설명했다."), "");
  // A Japanese daily's bureau credit is left to the page's own byline.
  EXPECT_EQ(WireLeadCreditNames("【ワシントン＝山田太郎】米政府は発表した。"), "");
  EXPECT_EQ(WireLeadCreditNames(""), "");
}

TEST(IsPhotoCreditLine, APhotographersLabelAndColon) {
  EXPECT_TRUE(IsPhotoCreditLine("Photos: John Doe"));
  EXPECT_TRUE(IsPhotoCreditLine("Zdj\u0119cia: Anna Nowak"));
  EXPECT_TRUE(IsPhotoCreditLine("\u0424\u043e\u0442\u043e: \u041c\u0430\u0440\u0438\u044f"));
  EXPECT_FALSE(IsPhotoCreditLine("Photos by John Doe"));
  EXPECT_FALSE(IsPhotoCreditLine("Text: Jane Roe"));
  EXPECT_FALSE(IsPhotoCreditLine("Jane Roe"));
}

TEST(EndsWithVideoStamp, DateRightBeforeLengthAtTheEnd) {
  EXPECT_TRUE(EndsWithVideoStamp("Sanktionen gegen Iran beschlossen. 18.04.2024 | 0:21 min"));
  EXPECT_TRUE(EndsWithVideoStamp("Das Interview in voller L\u00e4nge.\"16.04.2024 | 6:33 min"));
  EXPECT_TRUE(EndsWithVideoStamp("Der Schaden von oben. 12.05.2025 \u00b7 2:14 Min."));
  // A race's time in a sentence: words between the date and the time, or
  // the sentence goes on after it.
  EXPECT_FALSE(EndsWithVideoStamp("Am 12.05.2025 lief die Siegerin die f\u00fcnf Kilometer in 17:58 min."));
  EXPECT_FALSE(EndsWithVideoStamp("Die Siegerin kam am 12.05.2025 in 17:58 min ins Ziel."));
  EXPECT_FALSE(EndsWithVideoStamp("The meeting lasted 45 min"));
}

}  // namespace pith
