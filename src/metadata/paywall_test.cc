#include "metadata/paywall.h"

#include <gtest/gtest.h>

#include <string>

#include "metadata/lexicons.h"
#include "metadata/test_pages.h"
#include "patterns/heuristics.h"
#include "util/text_util.h"

namespace pith {
namespace {

std::string Page(const std::string& head, const std::string& after_body = "") {
  return "<html><head>" + head + "</head><body><article><h1>Council passes the city budget</h1>" +
         std::string(kBody) + after_body + "</article></body></html>";
}

std::string Free(const std::string& value, const std::string& more = "") {
  return "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council passes the city "
         "budget\",\"isAccessibleForFree\":" + value + more + "}</script>";
}

TEST(Paywall, JsonLdIsAccessibleForFreeAsABooleanOrAString) {
  EXPECT_EQ(Read(Page(Free("false"))).paywalled, true);
  EXPECT_EQ(Read(Page(Free("\"False\""))).paywalled, true);
  EXPECT_EQ(Read(Page(Free("\"false\""))).paywalled, true);
  EXPECT_EQ(Read(Page(Free("true"))).paywalled, false);
  EXPECT_EQ(Read(Page(Free("\"True\""))).paywalled, false);
  EXPECT_FALSE(Read(Page(Free("\"maybe\""))).paywalled);
  EXPECT_FALSE(Read(Page("")).paywalled);
}

TEST(Paywall, AGatedPartMakesTheArticlePaywalled) {
  const std::string part = R"({"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall"})";
  EXPECT_EQ(Read(Page(Free("true", ",\"hasPart\":" + part))).paywalled, true);
  EXPECT_EQ(Read(Page(Free("true", ",\"hasPart\":[{\"@type\":\"WebPageElement\"}," + part + "]"))).paywalled, true);
  EXPECT_EQ(Read(Page(Free("true", ",\"hasPart\":[{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":true}]")))
                .paywalled,
            false);
}

TEST(Paywall, ThePageObjectWrappingTheArticleCounts) {
  const std::string ld = R"(<script type="application/ld+json">{"@graph":[{"@type":"WebPage","isAccessibleForFree":)"
                         R"(false},{"@type":"NewsArticle","headline":"Council passes the city budget"}]}</script>)";
  EXPECT_EQ(Read(Page(ld)).paywalled, true);
}

TEST(Paywall, MetaTags) {
  EXPECT_EQ(PaywalledByMeta(lexicon::kContentTierMeta, "Metered"), true);
  EXPECT_EQ(PaywalledByMeta(lexicon::kContentTierMeta, "locked"), true);
  EXPECT_EQ(PaywalledByMeta(lexicon::kContentTierMeta, " free "), false);
  EXPECT_FALSE(PaywalledByMeta(lexicon::kContentTierMeta, "false"));
  EXPECT_EQ(PaywalledByMeta(lexicon::kFreeMeta, "False"), true);
  EXPECT_EQ(PaywalledByMeta(lexicon::kFreeMeta, "true"), false);
  EXPECT_FALSE(PaywalledByMeta("og:type", "locked"));
  EXPECT_EQ(Read(Page("<meta property=\"article:content_tier\" content=\"locked\">")).paywalled, true);
  EXPECT_EQ(Read(Page("<meta itemprop=\"isAccessibleForFree\" content=\"false\">")).paywalled, true);
}

TEST(Paywall, NotFreeWinsOverFree) {
  EXPECT_EQ(Read(Page(Free("true") + "<meta property=\"article:content_tier\" content=\"metered\">")).paywalled, true);
  EXPECT_EQ(Read(Page(Free("false") + "<meta property=\"article:content_tier\" content=\"free\">")).paywalled, true);
}

TEST(Paywall, ASubscribePromptAtTheEndOfTheText) {
  const Article a = Full(Page(Free("true"), "<div class=\"paywall-box\"><p>Subscribe to continue reading.</p>"
                                            "<p><a href=\"/subscribe\">Subscribe now</a></p></div>"));
  EXPECT_EQ(a.paywalled, true);
  EXPECT_EQ(a.body.find("continue reading"), std::string::npos);
  EXPECT_EQ(Full(Page("", "<p>Pour lire la suite, abonnez-vous.</p>")).paywalled, true);
  EXPECT_EQ(Full(Page("", "<p>Jetzt weiterlesen mit Plus</p>")).paywalled, true);
}

TEST(Paywall, ThePromptsWordingInFourLanguages) {
  const AnyCasePattern& prompt = GetHeuristics().paywall_prompt;
  for (const char* wall :
       {"Subscribe to keep reading", "To continue reading, please sign in or subscribe.",
        "This article is only available to subscribers.", "You\u2019ve reached your limit of free articles.",
        "You have read all of your free articles this month", "Subscribe now to read the full story",
        "La suite de cet article est réservée aux abonnés.", "Il vous reste 80% de cet article à lire.",
        "Dieser Artikel ist nur für Abonnenten", "Para seguir leyendo, suscríbete",
        "Este contenido es exclusivo para suscriptores"}) {
    EXPECT_TRUE(prompt.PartialMatchLower(LowerSameLength(wall))) << wall;
  }
  for (const char* other : {"Subscribe to our newsletter", "Already a subscriber? Log in", "Subscribe now",
                            "Support our journalism: donate", "Continue reading below"}) {
    EXPECT_FALSE(prompt.PartialMatchLower(LowerSameLength(other))) << other;
  }
}

TEST(Paywall, ADonationOrNewsletterAppealIsNoWall) {
  EXPECT_FALSE(Full(Page("", "<p>Your support helps us keep our journalism free. Donate today.</p>")).paywalled);
  EXPECT_FALSE(Full(Page("", "<p>Subscribe to our newsletter to get the news in your inbox.</p>")).paywalled);
  EXPECT_FALSE(Full(Page("", "<p><a href=\"/subscribe\">Subscribe</a></p>")).paywalled);
}

}  // namespace
}  // namespace pith
