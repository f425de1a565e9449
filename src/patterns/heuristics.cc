#include "patterns/heuristics.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <span>
#include <string>
#include <vector>

#include "patterns/lexicons.h"
#include "util/text_util.h"

namespace pith {
namespace {

// Class/id/role token boundaries: a word inside "article-comments",
// "share_bar" or "c-related links" but not inside "commentary".
#define TOKEN(words) "(?:^|[\\s_-])(?:" words ")(?:$|[\\s_-])"

// An author box's label that names the piece before the verb: "Article
// written by", "This post was written by" (kBylinePrefix and
// kSpelledBylineLabel).
#define PITH_PIECE_WRITTEN_BY "(?:this\\s+)?(?:blog\\s+)?(?:article|post|story)\\s+(?:was\\s+)?written\\s+by"

// The wires a German credit line names ("mit dpa", "mit Material von AFP
// und Reuters"), lower case.
#define PITH_WIRE_LIST "(?:dpa|afp|ap|reuters|kna|epd|apa|sda|afx)"

// The roles a German desk credits under a story (see "staff credits").
#define PITH_STAFF_ROLE                                                                                         \
  "redaktion|schlussredaktion|\\x{fc}bersetzung|faktencheck|sendung|mitarbeit|recherche|audioversion|lektorat|" \
  "korrektorat|bildredaktion"

// The roles a credit names with "by" that are not the writer's: editors,
// photographers, illustrators, translators, the expert who checked a
// guide (kNonAuthorCredit, and the byline noise after a sentence's end).
#define PITH_NON_AUTHOR_CREDIT_BY                                                                                 \
  "(?:(?:medically|clinically|expert|legally|financially)[- ]reviewed|edited|photos?|photographs?|photography|" \
  "pictures|illustrations?|illustrated|graphics|video|additional reporting|reporting contributed|translated|"   \
  "fact[- ]checked|produced|designed|design|research|interview|interviews)\\s+by\\b"

// The translator's label in a credit line, lower case: French, Spanish,
// Italian, Portuguese, Dutch, Danish and Swedish (the byline noise after a
// sentence's end; German "Übersetzung" is a staff role).
#define PITH_TRANSLATION_LABEL \
  "traduction|traducci\\x{f3}n|traduzione|tradu\\x{e7}\\x{e3}o|vertaling|overs\\x{e6}ttelse|\\x{f6}vers\\x{e4}ttning"

// The editor's and the translator's labels that Central and East European
// and Turkish news bylines set after the writer's name and a full stop
// ("Autor: Jan Novák. Překlad: Eva Malá", "Автор: Иван Петров. Редактор:
// Анна Орлова", "Muhabir: Ali Kaya. Editör: Elif Ak"; made-up news pages
// of Polish, Czech, Russian and Turkish sites), lower case: the name
// after them is no author. English "Editor" too.
#define PITH_EDITOR_LABEL                                                                                   \
  "editor|redaktor(?:ka)?|edit\\x{f6}r|p\\x{159}eklad|t\\x{142}umaczenie|t\\x{142}um\\.?|\\x{e7}eviri|" \
  "\\x{440}\\x{435}\\x{434}\\x{430}\\x{43a}\\x{442}\\x{43e}\\x{440}|\\x{43f}\\x{435}\\x{440}\\x{435}\\x{432}\\x{43e}\\x{434}|" \
  "\\x{43f}\\x{435}\\x{440}\\x{435}\\x{43a}\\x{43b}\\x{430}\\x{434}"

// The account and feed links a page's top bar or a post's foot prints
// in a row (see "title chrome: account links").
#define PITH_ACCOUNT_LINK                                                                                    \
  "(?:sign in|sign up|log ?in|log out|subscribe|rss|dismiss|view all|older posts?|newer posts?|previous post|" \
  "next post|my account)"

// The text box of one reply in a thread ("reply_content", "reply-body",
// "reply-text"): a comment by another name, which "content" or "body"
// must not make the article's. Measured as kept on unseen blog pages.
#define PITH_REPLY_TEXT "repl(?:y|ies)[-_]{0,2}(?:content|body|text|message|entry)"

// A comment section or a part of one, by its class (kCommentClass, whose
// note says where the names come from).
#define PITH_COMMENT_SECTION                                                                           \
  "comments?|commenting|commentlist|commentslist|commentbody|commenttext|commentcontent|disqus\\w*|" \
  "kommentare?|commentaires?|comentarios?|reacties|usercomments|" PITH_REPLY_TEXT

// A comment count, as blog themes print it in the meta line beside the
// date or the author ("No Comments", "3 Comments", "Keine Kommentare",
// "0 commentaires", "Sin comentarios", "Nessun commento"): a link to the
// thread, never a person. Seen glued to the date in text copies of
// WordPress posts ("March 28, 2020No Comments"). Lower case: a label
// phrase (kLabelPhrases), matched against lowered text.
#define PITH_COMMENT_COUNT                                                                                            \
  "(?:no|one|\\d+|keine|kein|sin|aucun|nessun|geen|ingen|brak|sem|zero)\\s+"                                          \
  "(?:comments?|kommentare?|kommentarer|comentarios?|commentaires?|commenti|commento|reacties|"                       \
  "reactie|komentarzy?|responses?|replies)"

// A page's footer named in another language (Portuguese "rodape", German
// "fuss"/"fusszeile", Spanish "pie-de-pagina", French "pied-de-page",
// Italian "piede", Dutch "voettekst", Polish "stopka") or misspelled
// ("fotter", "footter", "foooter"): measured on unseen pages, where such a
// box beat an article of bare text.
#define PITH_FOOTER_WORDS                                                                            \
  "rodape|rodap\\x{e9}|fuss|fusszeile|fussbereich|seitenfuss|pie-?de-?pagina|pied-?de-?page|piede|" \
  "voettekst|stopka|fotter|footter|foooter"

// A share menu's entries as a text prints them after a byline ("Share
// Tweet Email", "Share Facebook Copy link"; see kBylineNoise).
#define PITH_SHARE_MENU_WORD                                                                          \
  "(?:share|tweet|e-?mail|mail|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|pin|" \
  "print|copy(?: link)?|link|comments?|save)"

// The label of a photographer's credit, before its colon: in English,
// German, Dutch, the Nordic and Romance languages, Polish "Zdjęcia" /
// "Fot.", Russian and Ukrainian "Фото" (magazines' and papers' feature
// credits, "Text: Jane Roe / Photos: John Doe"; kCjkBylineNoise has the
// Chinese, Japanese and Korean labels). The byline noise cuts it off the
// writer's name; a credit box's line that opens with it names no author
// (kPhotoCreditLine). Dutch "Beeld" (image), Hungarian "Fotó" and Turkish
// "Fotoğraf" credit the pictures the same way under the writer's line
// ("Tekst: Jane Roe / Beeld: John Doe", "Szöveg: ... / Fotó: ...", "Haber:
// ... / Fotoğraf: ...": made-up feature bylines of those languages).
#define PITH_PHOTO_CREDIT_LABEL                                                                   \
  "(?:photos?|fotos?|foto's|fotografi(?:e|as?)|pictures|bilder?|kuvat|zdj\\x{119}cia|fot\\.|" \
  "beeld|fot\\x{f3}|foto\\x{11f}raf(?:lar)?|\\x{444}\\x{43e}\\x{442}\\x{43e})"

// A Chinese info line's source label, simplified and traditional
// ("来源：新华社", "出處："): it ends the author's field before it, in
// the byline's cut and in kCjkBylineField.
#define PITH_CHINESE_SOURCE_LABEL "来源|來源|出处|出處"

// A wire or source credit's label in Czech and Slovak, Croatian,
// Slovenian, Hungarian, Finnish, Russian, Ukrainian, Greek, Romanian,
// Indonesian, Japanese, Chinese, Korean, Arabic and Hebrew ("Zdroj:
// ČTK", "Izvor: Hina", "Lähde: STT", "Источник: ТАСС", "来源：新华社"),
// lower case: the credit line under the text on made-up news pages of two
// templates (see "credit line").
// The labels in ASCII letters, in kLabelPhrases; the rest, in
// kGatedLabelPhrases (see there).
#define PITH_SOURCE_LABEL_ASCII "zdroj|izvor|vir|sursa|sumber"
// "credit line"'s labels in kLabelPhrases, written once for it and for
// kGatedLabelPhrases' form before a full-width colon.
#define PITH_SOURCE_LABEL                                                                                     \
  "source|sources|fonte|fontes|fuente|fuentes|quelle|quellen|bron|bronnen|kilde|kilder|k\\x{e4}lla|"                \
  "k\\x{e4}llor|\\x{17a}r\\x{f3}d\\x{142}o|kaynak|" PITH_SOURCE_LABEL_ASCII
#define PITH_SOURCE_LABEL_WIDE                                                                              \
  "forr\\x{e1}s|l\\x{e4}hde|\\x{438}\\x{441}\\x{442}\\x{43e}\\x{447}\\x{43d}\\x{438}\\x{43a}|"                 \
  "\\x{434}\\x{436}\\x{435}\\x{440}\\x{435}\\x{43b}\\x{43e}|\\x{3c0}\\x{3b7}\\x{3b3}\\x{3ae}|surs\\x{103}|"            \
  "\\x{51fa}\\x{5178}|\\x{6765}\\x{6e90}|\\x{4f86}\\x{6e90}|\\x{cd9c}\\x{cc98}|\\x{627}\\x{644}\\x{645}\\x{635}\\x{62f}\\x{631}|\\x{5de}\\x{5e7}\\x{5d5}\\x{5e8}"

// A photographer's credit label in the languages "image credit" did not
// read, lower case: Hungarian "Fotó", Portuguese and Italian
// "Fotografia", Turkish "Fotoğraf", Greek "Φωτογραφία", Finnish "Kuva",
// Russian and Ukrainian "Фото", Hebrew "צילום", Korean "사진" (its credit
// "사진=Agency"), Japanese "写真", Chinese "图片来源", Arabic "تصوير" and
// Polish "Zdjęcie": made-up news pages whose picture box put the credit
// in a paragraph of its own under the caption. The labels in ASCII
// letters, in kLabelPhrases; the rest, in kGatedLabelPhrases.
#define PITH_PHOTO_LABEL_MORE_ASCII "fotografia|kuva"
#define PITH_PHOTO_LABEL_MORE_WIDE                                                                           \
  "fot\\x{f3}|foto\\x{11f}raf|\\x{3c6}\\x{3c9}\\x{3c4}\\x{3bf}\\x{3b3}\\x{3c1}\\x{3b1}\\x{3c6}\\x{3af}\\x{3b1}|"    \
  "\\x{444}\\x{43e}\\x{442}\\x{43e}|\\x{5e6}\\x{5d9}\\x{5dc}\\x{5d5}\\x{5dd}|\\x{c0ac}\\x{c9c4}|\\x{5199}\\x{771f}|"                       \
  "\\x{56fe}\\x{7247}(?:\\x{6765}\\x{6e90})?|\\x{5716}\\x{7247}(?:\\x{4f86}\\x{6e90})?|\\x{62a}\\x{635}\\x{648}\\x{64a}\\x{631}|zdj\\x{119}cie"

// Paying readers as a wall's notice names them, lower case: Polish,
// Czech, Slovak, Hungarian, Romanian, Croatian, Slovenian, Greek,
// Turkish, Russian ("по подписке"), Ukrainian, Portuguese, Italian,
// Dutch, Danish and Norwegian, Swedish, Finnish, Indonesian, Japanese
// ("会員"), Chinese ("付费"), Korean ("유료"), Arabic and Hebrew forms
// (see "subscriber-only notice").
#define PITH_SUBSCRIBER_NOUN                                                                                    \
  "subskrybent|prenumerator|p\\x{159}edplatitel|predplatite\\x{13e}|el\\x{151}fizet\\x{151}|abona\\x{21b}i|abonati|"   \
  "pretplatni|naro\\x{10d}nik|\\x{3c3}\\x{3c5}\\x{3bd}\\x{3b4}\\x{3c1}\\x{3bf}\\x{3bc}\\x{3b7}\\x{3c4}|abonelere|abonelerimiz|"                \
  "\\x{43f}\\x{43e}\\x{434}\\x{43f}\\x{438}\\x{441}\\x{43a}|\\x{43f}\\x{435}\\x{440}\\x{435}\\x{434}\\x{43f}\\x{43b}\\x{430}\\x{442}|assinantes|"     \
  "abbonati|abonnees|abonnenter|prenumeranter|tilaaj|pelanggan|\\x{4f1a}\\x{54e1}|\\x{4ed8}\\x{8d39}|\\x{4ed8}\\x{8cbb}|" \
  "\\x{c720}\\x{b8cc}|\\x{645}\\x{634}\\x{62a}\\x{631}\\x{643}\\x{64a}\\x{646}|\\x{5de}\\x{5e0}\\x{5d5}\\x{5d9}\\x{5d9}\\x{5dd}"

// "Only" and "exclusive" in the same languages, lower case, as a wall's
// notice says the piece is for its paying readers alone. Not the plain
// "just" of Portuguese, Italian, Swedish or Indonesian ("apenas", "solo",
// "bara", "hanya"): "only 3% of subscribers" is news.
#define PITH_ONLY_WORD                                                                                          \
  "tylko|wy\\x{142}\\x{105}cznie|pouze|\\bjen\\b|\\blen\\b|\\biba\\b|\\bcsak\\b|\\bdoar\\b|exclusiv|\\bsamo\\b|isklju\\x{10d}ivo|"     \
  "\\x{3bc}\\x{3cc}\\x{3bd}\\x{3bf}|yaln\\x{131}zca|sadece|\\x{442}\\x{43e}\\x{43b}\\x{44c}\\x{43a}\\x{43e}|\\x{43b}\\x{438}\\x{448}\\x{435}|"  \
  "exclusivo|riservat|esclusiv|alleen|\\bkun\\b|endast|\\bvain\\b|khusus|"                                             \
  "\\x{9650}\\x{5b9a}|\\x{c804}\\x{c6a9}|\\x{641}\\x{642}\\x{637}|\\x{5d1}\\x{5dc}\\x{5d1}\\x{5d3}"

// A newsletter's name in the languages kNewsletterBoxLabel does not
// cover, lower case: the loanword (Polish, Czech, Romanian, Greek,
// Portuguese, Indonesian ... inflect it: "newslettera", "newsletterul"),
// Dutch, Danish, Norwegian and Swedish, Finnish, Hungarian, Turkish,
// Croatian, Russian, Ukrainian, Slovenian, Japanese, Chinese, Korean,
// Arabic and Hebrew names (see "newsletter pitch").
#define PITH_NEWSLETTER_NOUN                                                                                  \
  "newsletter|nieuwsbrief|nyhedsbrev|nyhetsbrev|uutiskirje|h\\x{ed}rlevel|b\\x{fc}lten|bilten|e-novice|"             \
  "\\x{440}\\x{430}\\x{441}\\x{441}\\x{44b}\\x{43b}\\x{43a}|\\x{440}\\x{43e}\\x{437}\\x{441}\\x{438}\\x{43b}\\x{43a}|"                        \
  "\\x{30cb}\\x{30e5}\\x{30fc}\\x{30b9}\\x{30ec}\\x{30bf}\\x{30fc}|\\x{30e1}\\x{30eb}\\x{30de}\\x{30ac}|"                              \
  "\\x{65b0}\\x{95fb}\\x{7b80}\\x{62a5}|\\x{65b0}\\x{805e}\\x{7c21}\\x{5831}|\\x{7535}\\x{5b50}\\x{62a5}|\\x{96fb}\\x{5b50}\\x{5831}|"   \
  "\\x{b274}\\x{c2a4}\\x{b808}\\x{d130}|\\x{627}\\x{644}\\x{628}\\x{631}\\x{64a}\\x{62f}\\x{64a}\\x{629}|\\x{5e0}\\x{5d9}\\x{5d5}\\x{5d6}\\x{5dc}\\x{5d8}\\x{5e8}"

// The verbs that ask a reader to sign up or subscribe, as the newsletter
// pitches of the same languages open (Polish "zapisz się", Czech and
// Slovak "přihlaste/prihláste se", Hungarian "iratkozzon fel", Romanian
// "abonează-te", Croatian and Slovenian "prijavite se", "naročite se",
// Greek "εγγραφείτε", Turkish "abone olun", Russian "подпишитесь",
// Ukrainian "підпишіться", Portuguese "cadastre-se", "subscreva",
// "inscreva-se", "assine", Italian "iscriviti", Dutch "meld je aan",
// Danish "tilmeld", Norwegian "meld deg på", Swedish "prenumerera",
// Finnish "tilaa", Indonesian "berlangganan", Japanese "登録", Chinese
// "订阅", Korean "구독", Arabic "اشترك", Hebrew "הירשמו"), lower case.
#define PITH_SIGNUP_VERB                                                                                          \
  "zapisz|zasubskrybuj|p\\x{159}ihlas|prihl\\x{e1}s|odeb\\x{ed}rejte|odoberajte|iratkozz|feliratkoz|"                   \
  "aboneaz\\x{103}|abona\\x{21b}i|prijavi|pretplati|naro\\x{10d}i|\\x{3b5}\\x{3b3}\\x{3b3}\\x{3c1}\\x{3b1}\\x{3c6}|abone ol|"            \
  "\\x{43f}\\x{43e}\\x{434}\\x{43f}\\x{438}\\x{448}|\\x{43f}\\x{456}\\x{434}\\x{43f}\\x{438}\\x{448}|cadastre|subscrev|inscreva|assine|"     \
  "iscriviti|iscrivetevi|meld je aan|meld u aan|tilmeld|meld deg|abonner|prenumerera|anm\\x{e4}l dig|tilaa|"       \
  "berlangganan|\\x{767b}\\x{9332}|\\x{8cfc}\\x{8aad}|\\x{8ba2}\\x{9605}|\\x{8a02}\\x{95b1}|\\x{ad6c}\\x{b3c5}|\\x{627}\\x{634}\\x{62a}\\x{631}\\x{643}|"  \
  "\\x{5d4}\\x{5d9}\\x{5e8}\\x{5e9}\\x{5de}\\x{5d5}|\\x{5d4}\\x{5e8}\\x{5e9}\\x{5de}\\x{5d5}"

// The label of the article tools' font control, in English, German,
// French, Spanish and Italian: the "text size tool" chrome pattern, and
// the byline noise where a meta bar prints the tool after the names.
#define PITH_TEXT_SIZE_LABEL                                                                        \
  "(?:text size|font size|textgr\\x{f6}\\x{df}e|schriftgr\\x{f6}\\x{df}e|taille du texte|taille de (?:la )?police|" \
  "tama\\x{f1}o de (?:la )?(?:letra|fuente|texto)|dimensione (?:del )?testo)"

// A pattern of a PatternList as written below: a name for --explain and a
// pattern.
struct Source {
  const char* name;
  const char* pattern;
  const char* exact = nullptr;  // NamedPattern::exact
};

// The services a share bar's buttons name: those a bar of buttons alone
// may open with, then all of them (the later ones seen only after another).
#define PITH_SHARE_LEAD_SERVICES "facebook|twitter|x|linkedin|whatsapp|email|e-mail|pinterest|reddit|copy link|print"
#define PITH_SHARE_SERVICES PITH_SHARE_LEAD_SERVICES "|messenger|telegram|xing"

// A picture gallery's counter ("gallery counter"): the word between its
// numbers ("3 of 12", "3 von 12", "3/12"), and its arrows' words beyond
// "prev" and "next" in German, French, Spanish and Italian (the leading
// arrow may also read "back").
#define PITH_GALLERY_OF "of|von|de|di|sur|/"
#define PITH_GALLERY_ARROWS \
  "zur\\x{fc}ck|weiter|pr\\x{e9}c\\x{e9}dent|suivant|anterior|siguiente|precedente|successiv[ao]"

// A recipe card's buttons ("recipe card buttons"), one label each: the
// jump link over the post ("Jump to Recipe", "Zum Rezept springen") and
// the card's print, pin and save buttons ("Print Recipe", "Rezept
// drucken").
#define PITH_RECIPE_BUTTON                                                                             \
  "(?:jump to|skip to|go to|print|pin|save|email|share) (?:the )?recipe|zum rezept(?: springen)?|"   \
  "rezept (?:drucken|merken|speichern|pinnen|teilen)|(?:aller|passer) \\x{e0} la recette|"           \
  "imprimer (?:la )?recette|ir a la receta|imprimir (?:la )?receta"

// ---- Class names ---------------------------------------------------------

// A shop's customer reviews under a product: Shopify's review app
// ("spr-container" > "spr-reviews"), Shopware's "product-detail-review"
// tab, "customer-reviews" and German "kundenbewertungen" boxes; made-up
// product pages of two shop systems kept them as the description's text.
// A holiday let's or hotel's guest reviews under its description
// ("property-reviews", "guest-reviews"; made-up lodging pages of two sites).
// Not a bare "review" or "reviews": a review site's article and its
// sections are named so ("review-body", id "toc-reviews").
#define PITH_CUSTOMER_REVIEWS \
  "customer-?reviews?|product-?detail-?review\\w*|spr-container|spr-reviews?|reviews?-?list|kundenbewertungen|" \
  "guest-?reviews?|property-?reviews?"

// A shop's offers of other products under the one on the page: WooCommerce
// "up-sells" and "cross-sells", Magento "upsell" and "crosssell" blocks,
// Shopware "product-detail-cross-selling"; made-up product pages kept the
// offered products' names and prices as the description's last lines.
// Related items by another name, never the page's text.
#define PITH_SHOP_CROSS_SELLS "up-?sells?|cross-?sells?|cross-?selling"

// The panel beside each post of a forum thread that says who wrote it:
// the member's rank, post count and join date (phpBB's "postprofile",
// XenForo's "message-user", vBulletin's "userinfo"); made-up threads of
// two forum systems kept them between the posts. Not "message-userContent",
// XenForo's post itself.
#define PITH_FORUM_AUTHOR_PANEL \
  "postprofile|post-?profile|message-user|userinfo|user-?info|poster-?info|user-?title"

// The chrome each post of a forum thread or Q&A page repeats around its
// text: the head line of name, date and post number (vBulletin's
// "posthead", MyBB's "post_head"; not "post-meta", a blog header's byline
// and date box, kHeaderClass); the vote and like counters are read as no text
// (kHiddenClass). Made-up threads of five forum systems kept them as
// lines of their own ("03-12-2024, 07:45 PM#3", "2 Likes", a bare "15")
// between the posts.
// Strong chrome: the posts' own words ("post", "text", "body") sit in
// these class names.
#define PITH_THREAD_POST_CHROME "post[-_]?head"

// A forum's "Who is online" box under a thread ("Wer ist online?",
// "Users Browsing this Thread"): phpBB's "online-list", vBulletin's
// "thread_onlineusers", XenForo's "block--onlineNow".
#define PITH_FORUM_ONLINE_BOX "online-?list|online-?users|online-?now|whos-?online"

// The label rows of a recipe card around its ingredients and steps:
// course and cuisine, times, the keyword line (WP Recipe Maker's
// "wprm-recipe-meta-container", "wprm-recipe-keyword"; Tasty Recipes'
// "tasty-recipes-keywords"; themes' "recipe-meta" and "recipe-times"
// rows). Made-up recipe posts in German and English kept "Gericht
// Hauptgericht", "Keywords: oatmeal cookies" as lines of the body. The
// plugins' inline label-and-value spans are read as no text
// (kHiddenClass). Strong chrome: the plugins add "text" classes to every
// row ("wprm-block-text-normal").
#define PITH_RECIPE_CARD_LABELS "recipes?-?meta|recipes?-?times|recipes?-?keywords?"

// Old blog and news themes (2005-2017): a comment section named in German,
// French or Spanish, in the plural only (a German "Kommentar" box is an
// opinion column), and the classic WordPress theme's "postmetadata" line
// under a post ("This entry was posted on ... and is filed under ...",
// "Posted in Uncategorized | No Comments"). Made-up probes of that era's
// themes; news pages of two sites class their comment box "kommentare" and
// "comentarios".
#define PITH_OLD_THEME_CHROME "kommentare|commentaires|comentarios|postmetadata"

// Chrome containers. From Readability.js REGEXPS.unlikelyCandidates,
// extended with the boxes news pages wrap around articles: share bars,
// newsletter and paywall boxes, "most read" and recommendation rails,
// and the fact and info boxes news stories set beside their text (a
// speech's transcript, a timeline, figures, a risk notice, a book list),
// which news parsers leave out. Not "info-box": blogs put the text's own
// tips in one. And a site's disclaimer or disclosure box (an affiliate
// note, a fund's legal notes, "data as of post date", a republishing
// note): of 117 such boxes on the wcxb, fundus and body pages the truths
// keep 2 (guides, review sites, news pages; the text's own words about
// disclaimers carry no such class).
constexpr char kChromeClass[] =
    TOKEN("ad|ads|adv|advert\\w*|ad-?slot|ad-?unit|ad-?container|banner|breadcrumbs?|combx|"
          "comments?|commenting|comment-?\\w+|" PITH_REPLY_TEXT "|" PITH_OLD_THEME_CHROME "|community|cookies?|"
          "cookie-?\\w+|consent|disqus|"
          "gdpr|footer|" PITH_FOOTER_WORDS "|site-?header|masthead|menu|nav|navbar|navigation|newsletters?|"
          "newsletter-?\\w+|outbrain|taboola|pagination|pager|popup|modal|promo|promos|"
          "promotion|related|related-?\\w+|recommend\\w*|remark|replies|rss|share|shares|"
          "sharing|share-?\\w+|social|social-?\\w+|shoutbox|sidebar|skyscraper|sponsor\\w*|"
          "subscribe|subscription|paywall|signup|sign-?up|login|tags|tag-?list|tagcloud|"
          "toolbar|most-?read|most-?popular|most-?viewed|popular|trending|"
          "author-?bio|bio|donate|donation|read-?more|more-?stories|follow|"
          "notifications?|app-?promo|supplemental|agegate|yom-remote|ai2html|legends|"
          "cover-wrap|skip-?link|jump-?link|overlay|tooltip|teaser|teasers|cta|call-to-action|"
          "\\w*-?factbox|fact-?box|\\w*-?infobox|disclaimers?|disclosures?|" PITH_CUSTOMER_REVIEWS "|"
          PITH_FORUM_AUTHOR_PANEL "|" PITH_THREAD_POST_CHROME "|" PITH_FORUM_ONLINE_BOX "|" PITH_RECIPE_CARD_LABELS "|"
          PITH_SHOP_CROSS_SELLS);

// The boxes of what other people wrote about the page, inside chrome: a
// shop's customer reviews, a forum's author panels (a member's join date),
// a comment thread the cleaner took by its class alone. A date there is a
// review's, a member's or a comment's, never the page's (the made-up shop
// and forum pages of fixtures/; comment threads of blogs). Not every
// chrome box: a header's "meta", "social-share" or "aside" box holds the
// page's own date line on news pages and blogs.
constexpr char kOthersPostClass[] =
    TOKEN(PITH_COMMENT_SECTION "|comment-?list|" PITH_CUSTOMER_REVIEWS "|" PITH_FORUM_AUTHOR_PANEL);

// Print buttons and a print layout's own header and footer, but not
// the recipe steps and other text a theme classes for its print layout
// ("recipe-print-steps", "print-step"): "print" ends the class name or a
// tool word follows. Chrome too, but apart from kChromeClass: a recipe
// theme's "recipe-steps-print" or "etapes print" box holds the steps
// themselves, which only the box's shape tells from a print button
// (article_html.cc; recipe pages of made-up probes in German, English and
// French).
constexpr char kPrintClass[] =
    "(?:^|[\\s_-])print(?:[-_]?(?:button|btn|links?|icons?|tools?|only|version|page|this|article|share|"
    "header|footer|logo|url|copyright))?(?:$|\\s)";

// The part of the above that marks boxes which are never the article,
// however much text they hold (a long comment thread), even beside
// "content" or "entry" ("entry-author-bio", a "nrplus-cta" appeal
// after the text, a "column factbox", an "article-body-infobox"), and a
// footer named in another language: a site's about-us box there beat a
// club's report of bare lines on holding most of the page's prose (an
// English "footer" stays plain chrome: wrappers say "has-footer"). Not "paywall":
// pages put the gated part of the article itself in a box classed for
// the wall (a business daily's "div.paywall" held 7 of 9 paragraphs).
constexpr char kStrongChromeClass[] =
    TOKEN("comments?|commenting|comment-?\\w+|" PITH_REPLY_TEXT "|kommentare|commentaires|comentarios|disqus|replies|"
          "related|related-?\\w+|recommend\\w*|"
          "outbrain|taboola|newsletters?|newsletter-?\\w+|share|sharing|share-?\\w+|social|"
          "social-?\\w+|cookies?|consent|gdpr|ad|ads|advert\\w*|sponsor\\w*|promo|" PITH_FOOTER_WORDS "|"
          "most-?read|most-?popular|trending|author-?bio|bio|cta|call-to-action|\\w*-?factbox|fact-?box|"
          "\\w*-?infobox|disclaimers?|disclosures?|" PITH_CUSTOMER_REVIEWS "|" PITH_SHOP_CROSS_SELLS "|"
          PITH_THREAD_POST_CHROME "|" PITH_RECIPE_CARD_LABELS);

// From Readability.js REGEXPS.okMaybeItsACandidate, without "and"
// (which there matches inside "brand" and "standard").
constexpr char kKeepClass[] =
    TOKEN("article|article-?body|article-?content|body|content|entry|entry-?content|main|"
          "main-?content|post|post-?body|post-?content|story|story-?body|text|column|shadow");

// Readability.js REGEXPS.positive, and "paragraph" (a news site wraps its
// first paragraph in "el__leafmedia--sourced-paragraph").
constexpr char kPositiveClass[] = "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paragraph";

// Readability.js REGEXPS.negative.
constexpr char kNegativeClass[] =
    "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|"
    "gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|"
    "sponsor|shopping|tags|tool|widget";

// Besides caption and credit classes: the description, author or source
// element of a picture block, BEM-named ("detail-img__description",
// "lightbox__description", "image-box__author"): news pages print a
// photo's caption or source in one, some twice (inline and for the
// enlarged view). Not a page builder's "image-box-description", the text
// beside an icon. And the picture's source or copyright named without BEM
// ("image-copyright", "article_image-container-source__x1y2z" of CSS
// modules): German news pages of two sites print the agency credit in one
// under the caption.
constexpr char kCaptionClass[] =
    "caption|credit|wp-caption|image-?desc|photo-?desc|"
    "(?:^|[\\s_-])(?:image|img|photo|picture|pic|foto|bild|lightbox)[\\w-]*?__(?:desc\\w*|author|source)"
    "(?:$|[\\s_-])|"
    "(?:^|[\\s_])(?:image|img|photo|picture|foto|bild)(?:-container)?-(?:source|copyright)(?:$|\\s|__)";

// "sig-line", "auteur", "username" and "posted-by": the byline boxes of
// news sites with a signature line, French sites and forums or pastes.
constexpr char kBylineClass[] =
    TOKEN("byline\\w*|by-?line|author|authors|author-?name|writer|contributor|creator|"
          "reporter|dateline-?author|sig-?line|auteur|autor|username|posted-?by");

// A blog engine's post-class list on the element that holds the whole entry
// ("hentry category-news author-jane-roe", "post-67202 type-post
// status-publish author-sarah", "postid-5765662 author-4326"): its
// "author-<slug>" names the post's author for style sheets and marks no
// byline, though kBylineClass matches it. Blogs of six sites.
constexpr char kPostClassList[] = TOKEN("hentry|type-post|status-publish|post-?id-\\d+|post-\\d+");

// The author's job title or bio beside the name, in a class that says
// author too: "author-title" on government IT news pages, "blog-author__role"
// on company blogs. It names no one.
constexpr char kAuthorTitleClass[] = "author[_-]+(?:title|role|job-?title|position|bio)(?:$|[\\s_-])";

// Whom a pull quote or a customer's testimonial is by, in a class that
// says author too: "testimonial-author-name" on a company's blog,
// "pull-quote__author", "blockquote__author", "quoteAuthor" on news pages
// (pages of several sites). It names a speaker, not the writer.
constexpr char kQuoteAuthorClass[] = "(?:quote|testimonial)[\\w-]*author";

constexpr char kDateClass[] =
    TOKEN("date|dateline|time|timestamp|published|pubdate|publish-?date|post-?date|"
          "entry-?date|article-?date|posted-?on|updated");

constexpr char kHeadlineClass[] = TOKEN("headline|title|entry-?title|post-?title|article-?title|story-?title");

// A kicker set inside the headline element, before the title
// ("<h1><span class=\"title__kicker\">Meinung</span> <span>Warum ...</span>"):
// "kicker", "topline", "overline", "eyebrow", German "dachzeile" and
// "spitzmarke", French "surtitre", Spanish "antetitulo", Italian
// "occhiello" and their BEM forms ("seitenkopf__topline",
// "article-title__overline"). Class names of German and Swiss news pages
// and of the same kind of header elsewhere.
constexpr char kKickerClass[] =
    TOKEN("kicker|top-?line|over-?line|eyebrow|dachzeile|spitzmarke|sur-?titre|sur-?title|super-?title|"
          "roof-?line|headline-?label|rubric|occhiello|ante-?titulo|pre-?title|over-?title");

// Posts the article quotes: embedded tweets and Instagram posts sit in
// "social-media-embed" boxes and are mostly links (handle, date,
// t.co address), yet the annotated pages count their text.
constexpr char kEmbedClass[] = TOKEN("embed|embedded|twitter-tweet|instagram-media|fb-post");

// The article's header box, around the headline: standfirst, byline,
// date and tools ("article-header", "sdc-article-header__titles",
// "article-lead-text", "byline", "textresizer"). Only the article's
// own header: a listicle item's "subbuzz__header" or a layout's
// "summary-middle" holds text. Only used before the text column.
constexpr char kHeaderClass[] =
    TOKEN("(?:article|story|post|entry|content|page)-?(?:header|head|heading|intro|summary|meta|info|top|"
          "titles?)|byline\\w*|by-?line|standfirst|dek|deck|lead-?text|kicker|text-?resizer|textresizer|"
          "dateline|attribution");

// The article's lead in a box of its own just before the text column, as
// CMSs set it: Drupal's "field--name-field-teaser", TYPO3 news'
// "teaser-text", WordPress themes' "post-excerpt entry-summary", news
// CMSs' "article-intro" / "article__intro", French "chapo", Spanish
// "entradilla", German "vorspann". Read only on a short box of sentences
// right before the text column (the lead, not a teaser card).
constexpr char kLeadClass[] =
    TOKEN("intro|introduction|teaser|teaser-?text|lead|lede|lead-?in|leadtext|excerpt|summary|standfirst|"
          "chapo|chapeau|entradilla|sottotitolo|vorspann");

// Text for screen readers only, or hidden by a utility class: no
// sighted reader sees it (BBC's "off-screen" "Image copyright",
// WordPress's "screen-reader-text", Bootstrap's "sr-only", "hidden").
// Whole tokens only, or a BEM element suffix: "hidden-xs" is shown.
//
// And, read as no text either, the counters and labels a forum post or a
// recipe card sets inline, in spans inside a box of the post's or the
// recipe's words, where no box of their own can be dropped: a post's like
// or vote count (PITH_POST_COUNTER) and the recipe plugins' label-and-
// value spans ("Portionen 4 Personen" in WP Recipe Maker's
// "wprm-recipe-details-label" spans; Tasty Recipes' "tasty-recipes-details"
// list). The plugins' own prefixes: a theme's plain "recipe-details" box
// may hold the whole recipe.
//
// And a wiki's section edit links, set inside each heading ("[edit]",
// "[Bearbeiten | Quelltext bearbeiten]", "[modifier | modifier le code]"):
// MediaWiki's "mw-editsection" spans, DokuWiki's "secedit" forms. They
// are the editor's tools, not the page's words, and the links made the
// heading's box read as link-heavy.
#define PITH_POST_COUNTER "vote-?count|votecell|post-?likes|like-?count"
#define PITH_WIKI_EDIT_LINKS "editsection|secedit"
constexpr char kHiddenClass[] =
    "(?:^|\\s)(?:[\\w-]*__)?(?:hidden|sr-only|screen-reader-text|screen-reader-only|"
    "visually-?hidden|visuallyhidden|off-?screen|element-invisible|u-hidden-text|show-for-sr)(?:$|\\s)|"
    TOKEN(PITH_POST_COUNTER "|" PITH_WIKI_EDIT_LINKS "|(?:wprm|tasty)-recipes?-details");

constexpr char kCreditClass[] =
    TOKEN("credit|credits|\\w*-?credit|copyright|\\w*-?copyright|photographer|attribution|"
          "image-?source|photo-?source|source");

// ---- Comment sections ----------------------------------------------------
// Found in the comment threads of the benchmark pages: WordPress
// (ol.commentlist > li.comment > article.comment-body#div-comment-N),
// wpDiscuz (div.wpd-comment), Astra (article.ast-comment), Drupal
// (article.comment.js-comment, field--name-comment-body), GitHub gists
// (div.timeline-comment), Disqus (#disqus_thread), German, French and
// Spanish class names (kommentare, commentaires, comentarios) and Dutch
// "reacties".

// A comment section or a part of one: matched against "class id role" like
// chrome_class (a token of a longer name: "comments-area", "wpd-comment",
// "comment__meta"). Not "commentary", an opinion column.
constexpr char kCommentClass[] = TOKEN(PITH_COMMENT_SECTION);

// One comment: a whole class token ("comment", "wpd-comment",
// "comment-item", "comments__item"); "comment-body" is WordPress's item
// only by its id (div-comment-N), elsewhere it is the comment's text. The
// prefixes are the plugins' and frameworks' own: "row-comment",
// "icon-comment" and "modal-comment" are layout.
constexpr char kCommentItemClass[] =
    "(?:^|\\s)(?:wpd-|ast-|timeline-|js-|c-|single-|user-|xenforo-)?(?:comment|comment[-_]?item|comments?(?:-?list)?__item|"
    "comment-entry|kommentar|commentaire|comentario)(?:$|\\s)";

// The id of one comment: "comment-123", "div-comment-123",
// "li-comment-123", "article-comment-123", "wpd-comm-123_0", "gistcomment-123".
constexpr char kCommentItemId[] = "^[a-z-]*comm(?:ent)?[-_]?\\d+(?:_\\d+)?$";

// The comment's own text inside it ("comment-content", "comment_text",
// "wpd-comment-text", "field--name-comment-body"); the token must end the
// class name ("comment-content-80876-updown-rate-widget" is a vote form).
constexpr char kCommentTextClass[] =
    "(?:^|[\\s_-])(?:comment[-_]{0,2}(?:content|body|text|message|entry)|commentbody|commenttext|"
    "commentcontent|comment-paragraph\\w*|" PITH_REPLY_TEXT ")(?:$|\\s)";

// Boxes shown over the page on demand: a comment system's dialogs ("Your
// comment was not saved", in "modal-content comment") are no comments.
constexpr char kCommentLayerClass[] = TOKEN("modal|modal-\\w+|dialog|popup|popover|tooltip|overlay|lightbox");

// The commenter's name: WordPress's "comment-author vcard" around
// "cite.fn", "comment-name", "wpd-comment-author". Whole token at the end:
// "comment-author-jdoe" is a class WordPress puts on the whole comment.
// Drupal's "comment__submitted" line holds the name and the date.
constexpr char kCommentAuthorClass[] =
    "(?:^|[\\s_-])(?:author|comment[-_]?author|author-?name|comment[-_]?name|commenter|fn|username|user-?name|"
    "nickname|display-?name|autor|auteur|submitted|posted-?by|byline)(?:$|\\s)";

// The parts of a comment that are not its text: the reply, like and
// report buttons, the header with name and time, the avatar, a rating.
constexpr char kCommentToolsClass[] =
    TOKEN("reply|replies|reply-?link|actions?|like|likes|vote|votes|voting|rating|report|flag|share|edit|"
          "permalink|meta|metadata|commentmetadata|header|footer|toolbar|avatar|says|antworten");

// ---- Blocks --------------------------------------------------------------

// Labels: short blocks that are entirely chrome. Anchored, so that a
// sentence merely containing "comments" or "cookies" never matches.
// Each group covers English, French, German and Spanish forms. A label
// that looks for words anywhere in the block goes in the set in a loose
// form, a word every text it matches contains, and is checked in full
// only on the blocks with that word (NamedPattern::exact): in full, those
// labels took half of the set's compile time and two thirds of its first
// searches on a small page.
constexpr Source kLabelPhrases[] = {
    // The seed's "Stay up to date with notifications from ..." prompt;
    // the same prompt is on every site using web push. A prompt asks, so
    // its verb opens it ("Allow notifications ...", "Turn on push
    // notifications"): a sentence that only names them ("Apart from
    // email, you get SMS and web push notifications", "Followers also
    // receive a notification") is an article's, on guides to apps and
    // marketing tools (pages of seven sites, HTML and text copies).
    {kNotificationPromptLabel, "^.*(?:notification|benachrichtigungen|notificaciones).*$",
     "^(?:(?:please )?(?:allow|turn on|enable|stay up to date with|get|receive|manage)\\b.*\\bnotifications?\\b.*|"
     "notifications? can be managed.*|.*benachrichtigungen.*|"
     ".*notifications? push.*|.*activer les notifications.*|.*activa(?:r)? las notificaciones.*)$"},
    // "Advert", "Iklan" (Indonesian), "PR" (Japanese) and "sponsored
    // links" from pages whose in-article ad slots keep only their label.
    // The same label in Polish, Czech and Slovak ("Reklama"), Hungarian,
    // Portuguese, Romanian, Greek, Finnish, Norwegian, Swedish, Dutch,
    // Croatian and Slovenian ("Oglas"), Turkish, Japanese, Chinese,
    // Korean, Arabic and Hebrew: made-up news pages of two templates whose
    // ad slot kept only its label among the paragraphs (the labels in
    // letters outside ASCII: kGatedLabelPhrases). A slot's number after
    // the label ("Advertisement 3") or its reader's note after a dash or
    // a dot ("Advertisement · Scroll to continue", "Advertisement -
    // Continue Reading Below"): text copies of news and magazine pages of
    // three publishers, in every copy style.
    {"advertisement label",
     "^(?:advertisement|advertising|advertorial|advert|adverts|sponsored(?: content| links?| by .*)?|"
     "paid content|ad feedback|story continues below(?: this)? ad(?:vertisement)?|continue reading below|"
     "anzeige|werbung|publicité|publicidad|annonce|anuncio|pubblicità|iklan|реклама|pr|"
     "reklama|publicidade|publicitate|mainos|annonse|annons|advertentie|oglas|reklam)"
     "(?: \\d{1,2}| ?[-\\x{2013}\\x{2014}\\x{b7}|] ?(?:scroll to continue|continue reading below|"
     "(?:the )?(?:story|article) continues below))?[.:]?$"},
    // A picture gallery's counter set between the paragraphs, alone or
    // between its arrows ("Photo 1 of 12", "Bild 3 von 8 Weiter", "Prev
    // 2/9 Next"): news pages of 2010-2017 put a slideshow inside the text
    // (probes of two made-up news sites; a German DEV news page prints
    // "1/12"). Text copies read the same counters as chrome lines; no DEV
    // truth holds such a line.
    {"gallery counter", "^.*\\d ?(?:" PITH_GALLERY_OF ") ?\\d.*$",
     "^(?:(?:prev(?:ious)?|next|back|" PITH_GALLERY_ARROWS ")\\s*)?"
     "(?:(?:photo|image|picture|slide|bild|foto|immagine|imagen|diapositiva)s? )?"
     "\\d{1,3} ?(?:" PITH_GALLERY_OF ") ?\\d{1,3}(?:\\s*(?:prev(?:ious)?|next|" PITH_GALLERY_ARROWS "))?$"},
    // A video set in the text, by its player's words: the loading notice
    // ("Player wird geladen"), a row's or a button's label ("Recommended
    // Videos", "watch now"), the clip's title after a "WATCH |" or "Video |"
    // tag (one bar only: a table's header row "Watch | Price | ..." is no
    // clip). News pages of four sites, Canadian, German and American.
    {"video player label",
     "^(?:player wird geladen|recommended videos?|watch now|(?:watch|video|vid\\x{e9}o)\\s*\\|\\s*[^|]{3,})[.:!]?$"},
    // A call for readers' tips or corrections under the text: "Got a story?
    // Get in touch with our news team by emailing us at ...", "Fehler auf
    // <site> entdeckt?", "Inhaltliches Feedback?", "... und haben Hinweise
    // zum Thema? Melden Sie sich vertraulich ...". News pages of three
    // sites, British and German.
    {"tip-off appeal", "^.*(?:story|touch|entdeckt|feedback|hinweise).*$",
     "^(?:got a story\\?.*|.*\\bget in touch with our (?:news )?team\\b.*|fehler (?:auf|in|im) .+ entdeckt\\?|"
     "inhaltliches feedback\\?|.*\\bhaben (?:sie )?hinweise\\b.*\\?\\s*melden sie\\b.*)$"},
    // A page's feedback widget under the text: the question, its answer's
    // thanks ("Was this page helpful?", "Thanks for your feedback!", "Did
    // you enjoy this article?"). Health,
    // software-guide and marketing pages of three sites. Public services'
    // pages ask it of the page or of the search ("War diese Seite
    // hilfreich?", "Heeft u gevonden wat u zocht?"): made-up German and
    // Dutch municipal service pages.
    {"feedback prompt",
     "^(?:was (?:this|the) (?:page|article|post|guide|information) (?:helpful|useful)|"
     "did you (?:enjoy|like) (?:this|the) (?:article|post|page)|thanks? (?:you )?for your feedback|"
     "did you find what you (?:were|are) looking for|"
     "(?:war|ist) (?:dieser|der) (?:artikel|beitrag|text) hilfreich|(?:war|ist) (?:diese|die) seite hilfreich|"
     "(?:waren|sind) (?:diese|die) informationen hilfreich|"
     "(?:heeft u|hebt u|heb je|heb jij) gevonden wat (?:u|je|jij) (?:zocht|zoekt)|"
     "(?:was|is) (?:deze|de) (?:pagina|informatie) (?:nuttig|behulpzaam)|"
     "(?:cet article|cette page) (?:vous )?a-t-(?:il|elle) \\x{e9}t\\x{e9} utile|"
     "\\x{bf}?(?:te|le) (?:ha )?(?:result\\x{f3}|resultado|fue) \\x{fa}til (?:este art\\x{ed}culo|esta p\\x{e1}gina))"
     "[?!.]*$"},
    // What a script prints where it will put a paragraph or a picture,
    // left in the saved page when it never ran: "Loading paragraph...",
    // "Loading image...", "Placeholder image-3". A fund manager's guide
    // and a German weekly's articles.
    {"loading placeholder",
     "^(?:loading(?: [\\w-]+)?(?:\\.\\.\\.|\\x{2026})|placeholder (?:image|picture|bild)(?:[- ]?\\d+)?)$"},
    // The labels of a product roundup's shop buttons and price boxes, one
    // per product: "WHERE TO BUY", "Best Prices Today:", "Get It Now",
    // "Price at" (then the shop's link), "On Sale". Buying guides, gift
    // lists and a newspaper's shopping pages, five sites.
    {"shop button", "^(?:where to buy|best prices? today|get it now|price at|on sale)[.:!]?$"},
    // The article tools a theme prints as plain text paragraphs beside the
    // text: the audio player's button ("Listen to this article", "Artikel
    // anh\x{f6}ren", "\x{c9}couter cet article", a running time after it),
    // the bookmark button ("Save article", "Save for later", "Artikel
    // merken") and the jump link ("Back to top", "Nach oben"). Measured on
    // unseen news and blog pages of several sites.
    {"article tool",
     "^(?:listen to (?:this|the) (?:article|story|post)|(?:artikel|beitrag) (?:vor)?anh\\x{f6}ren|"
     "\\x{e9}couter (?:cet |l')article|escuchar (?:este )?art\\x{ed}culo|ouvir (?:este )?artigo|"
     "save (?:this )?(?:article|story|post)|save for later|bookmark (?:this )?(?:article|story|post)|"
     "(?:artikel|beitrag) merken|back to top|scroll to top|(?:zur\\x{fc}ck )?nach oben|"
     "retour en haut(?: de (?:la )?page)?|volver arriba|voltar ao topo|torna su)"
     "(?:\\s*[\\x{b7}\\x{2022}|:-]?\\s*\\d{1,2}(?::\\d\\d)?(?: ?min(?:ute)?s?\\.?)?)?[.:!]?$"},
    // A diary blog's header under the entry's title: the writer's mood,
    // music or place ("Current mood: exhausted", "Current music: ..."), as
    // LiveJournal-style journals of 2003-2012 print it (made-up probes of
    // two journal themes). One block may hold all three lines.
    {"journal mood line", "^(?s:current (?:mood|music|location)\\s*:.*)$"},
    // A reader-rating widget printed as text under a post or a recipe:
    // "Rate this article", "Rating: 4.5/5 (12 votes)", "Click on a star to
    // rate it!", "Average rating 4 / 5. Vote count: 7", "No votes so far!
    // Be the first to rate this post." A review's own verdict ("Rating:
    // \x{2605}\x{2605}\x{2605}\x{2605}", "Rating: 4/5") counts no votes
    // and stays. Measured on unseen blog and recipe pages of several sites.
    // The vote count ends the line or follows the rating: a news sentence
    // "The final vote count: 218 to 214." is text. A bare score before the
    // count ("4.5 (1,204 votes)") is the widget's too. Every alternative
    // opens the line with its words: one that may start anywhere makes the
    // whole set read every label-sized line to its end.
    {"rating widget",
     "^(?:rate this (?:article|post|story|recipe|page)\\b.*|"
     // The same prompt in Italian, Spanish, Portuguese and Dutch ("Vota
     // questo articolo", "Valora este artículo", "Beoordeel dit artikel").
     "(?:vota|valuta) quest[oa] (?:articolo|post|ricetta|notizia)\\b.*|"
     "(?:valora|califica|vota) (?:este|esta) (?:art\\x{ed}culo|post|receta|noticia)\\b.*|"
     "(?:avalie|classifique) (?:este|esta) (?:artigo|post|receita|not\\x{ed}cia)\\b.*|"
     "(?:beoordeel|waardeer) dit (?:artikel|bericht|recept)\\b.*|click (?:on )?a star to rate it\\b.*|"
     // A recipe's rating prompt as a question in German, Dutch, French and
     // English ("Wie hat Ihnen das Rezept geschmeckt?", "Wat vond je van dit
     // recept?", "Avez-vous aim\x{e9} cette recette ?"). Recipe pages of
     // several sites.
     "wie hat (?:ihnen|dir|euch) (?:das|dieses|unser) rezept geschmeckt\\b.*|"
     "wat vond (?:je|u|jij) van (?:dit|het|ons) recept\\b.*|"
     "(?:avez-vous|as-tu|vous avez) aim\\x{e9} cette recette\\b.*|"
     "(?:how did you like|did you (?:like|enjoy|make)) this recipe\\b.*|did you make this\\?.*|"
     // The German card's prompt ("Rezept bewerten: \x{2606}\x{2606}...").
     "(?:rezept|beitrag|artikel) bewerten\\b.*|"
     // The widget's empty stars alone ("☆☆☆☆☆"); a review's verdict is
     // filled stars.
     "\\x{2606}{3,10}|"
     // The same widget's prompt and first-vote line in German ("Wie
     // hilfreich war dieser Beitrag?", "Klicke auf die Sterne, um zu
     // bewerten!", "Bisher keine Bewertungen!"); its count ("4,8 von 5
     // Sternen (126 Bewertungen)", stars before it) is the vote count's
     // alternative below. Blog and travel pages of unseen German sites.
     "(?:average |user |reader )?rating:? .*\\b\\d+ votes?\\b.*|(?:(?:average |user |reader )?rating\\b.*\\b)?vote count:? \\d[\\d,]*\\.?|"
     "(?:wie (?:(?:hilfreich|gut) war dieser beitrag|hat (?:dir|ihnen) dieser beitrag gefallen)|klicke auf (?:die|einen) sterne?n?|bisher keine bewertungen)\\b.*|"
     "no votes so far\\b.*|be the first to rate this (?:article|post|story|recipe)\\b.*|"
     // The recipe plugins' score over its count ("\x{2605}\x{2605}\x{2605}\x{2605}\x{2605} 4.8 from 120 votes",
     // "5 from 3 reviews").
     "[\\x{2605}\\x{2606}]* ?(?:\\d(?:[.,]\\d+)?(?: ?(?:/|von) ?\\d+(?: sternen)?)? ?(?:from |aus )?)?"
     "\\(?\\d[\\d,.]* (?:votes?|bewertungen|stimmen|reviews?|ratings?)\\)?)$"},
    // The mark that ends a press release's text, before its company and
    // contact boxes: "###", "- Ende -", "ENDS", "-30-". Made-up releases of
    // English and German companies and wire services.
    {"release end mark", "^(?:#{3}|-{1,3} ?(?:ende|ends?|fin) ?-{1,3}|ends|-30-|- 30 -)$"},
    // The buttons of a recipe card set as text, alone or run together on
    // one line ("Jump to Recipe", "Print Recipe  Pin Recipe", "Rezept
    // drucken"): blog themes print them as plain links or buttons over
    // and inside the card. Made-up recipe posts of three blog styles,
    // English and German.
    {"recipe card buttons", "^.*(?:recipe|rezept|recette|receta).*$",
     "^(?:" PITH_RECIPE_BUTTON ")(?:\\s*[|\\x{b7}\\x{2022}]?\\s*(?:" PITH_RECIPE_BUTTON "))*[.:!]?$"},
    // An app pitch standing alone in the text: "Download our app for the
    // latest news", "Get our free app", "Laden Sie unsere App herunter".
    // Only the site's own app ("our"): a guide's step "Download the Zoom
    // app" is text. Measured on unseen news pages of several sites.
    {"app pitch",
     "^(?:(?:download|get|install|try) our (?:free |new )?(?:[\\w'\\x{2019}&-]+ ){0,3}apps?\\b.*|"
     "(?:laden sie|hol dir) unsere (?:kostenlose |neue )?(?:[\\w-]+ ){0,2}app\\b.*|"
     "t\\x{e9}l\\x{e9}chargez notre (?:application|appli|app)\\b.*|descarga nuestra (?:app|aplicaci\\x{f3}n)\\b.*|"
     "baixe (?:o )?nosso (?:app|aplicativo)\\b.*|"
     // Italian, Dutch, Polish, Swedish and Turkish forms of the same pitch.
     "scarica (?:la )?nostra (?:app|applicazione)\\b.*|download onze (?:gratis |nieuwe )?app\\b.*|"
     "pobierz nasz\\x{105} (?:darmow\\x{105} )?aplikacj\\x{119}(?:\\s.*)?|ladda (?:ner|hem) v\\x{e5}r app\\b.*|"
     "uygulamam\\x{131}z\\x{131} (?:indirin|indir)\\b.*)$"},
    // Paywall badges over the text: "Subscriber Only", "Premium".
    {"paywall label",
     "^(?:subscribers? only|for subscribers|members? only|premium(?: content| article)?|"
     "exclusive (?:to|for) (?:subscribers|members)|réservé aux abonnés|abonnenten|nur für abonnenten|"
     "exclusivo para suscriptores|solo para suscriptores)[.:!]?$"},
    // A German desk's credits under a story, one role or several: who
    // edited, checked, translated or broadcast it ("Redaktion: Jane Roe
    // und John Doe", "\x{dc}bersetzung: ..., Schlussredaktion: ...",
    // "Sendung: hr-INFO, 25.04.2024, 10.45 Uhr"); from news pages of three
    // German sites. Not "Fotos:" or "Produktion:", a magazine's shoot
    // credits, which its text lists.
    {"staff credits",
     "^(?:" PITH_STAFF_ROLE ")\\s*:(?:[^:!?.]|\\.[^\\s.:!?])+(?:[,;\\n]\\s*(?:" PITH_STAFF_ROLE ")\\s*:(?:[^:!?.]|\\.[^\\s.:!?])+)*$"},
    // WordPress's "Like this:" / "Like Loading..." widget and the
    // "Sharing is caring!" line of share plugins are share bars too.
    // So is a share label with the services' buttons in its block, their
    // names run together ("Beitrag teilenFacebookLinkedIn", "Partager cet
    // article Facebook Pinterest": a German company blog's and a French
    // travel blog's bars, made-up probe pages), or alone when the buttons
    // are icons ("Beitrag teilen").
    {"share bar",
     "^(?:share(?: this)?(?: article| story| page| post| on(?: \\w+)?)?|share via.*|"
     "(?:" PITH_SHARE_LEAD_SERVICES ")(?:[ ,|/]+(?:" PITH_SHARE_SERVICES "))*|"
     // A label alone ("Partager", "Artikel teilen") is this form with no buttons.
     "(?:share(?: this)?(?: article| story| page| post)?|partager(?: cet article)?|(?:artikel |beitrag |seite )?teilen|"
     "compartir|condividi)\\s*:?(?:[ ,|/]*(?:" PITH_SHARE_SERVICES "))*|"
     "compartilhe|tweet|"
     // "Share on"/"Print this article" in Italian, Spanish, Dutch and Portuguese.
     "condividi (?:su \\w+|questo articolo)|compartir en \\w+|compartilhe (?:no|via) \\w+|deel (?:op|via) \\w+|"
     "deel dit artikel|stampa(?: questo articolo| l'articolo)?|imprimir(?: (?:este )?(?:art\\x{ed}culo|artigo|noticia))?|"
     "print dit artikel|(?:like it\\? )?pin (?:it|this)(?: here| now| for later)?!?|copied!?|sharing is caring!?|"
     "like this|like loading(?:\\.\\.\\.|…)?)"
     "[.:]?$"},
    // The article tools' font control ("Text Size", then "A-" "A+"
    // buttons) on news pages: its words are no byline and no text. Its
    // buttons may share the label's block, as letters run together with
    // the print button ("Text Size A A A Print", "Text SizeAAA Print").
    {"text size tool",
     "^" PITH_TEXT_SIZE_LABEL "[.:]?"
     "(?:\\s*(?:a[-+]?|[-+]|print|reset))*$"},
    // A shop's empty review tab under a product's description: "There are
    // no reviews yet.", "Be the first to review", the notice that only
    // buyers may review, in English, German, Dutch and French (the shop
    // plugin's own strings, on product pages of several shops).
    {"product reviews",
     "^(?:there are no reviews yet|es gibt noch keine bewertungen|er zijn (?:nog )?geen beoordelingen|"
     "il n'y a (?:pas encore|aucun) d'avis(?: pour le moment)?|noch keine bewertungen vorhanden|"
     "be the first to review\\b.*|sei der erste,? der\\b.*\\bbewertet\\b.*|"
     "only logged in customers who have purchased this product may leave a review|"
     "nur angemeldete kunden,? die dieses produkt gekauft haben,? d\\x{fc}rfen eine bewertung abgeben)[.!]?$"},
    // Comment counts and prompts; also a comment section's moderation
    // notice ("Note: we are temporarily moderating all comments", a
    // Portuguese "Comentários ... não serão aprovados pelo moderador").
    // The Danish, Norwegian and Swedish heading ("Kommentarer") and the
    // German prompt over a comment form ("Kommentar hinzufügen") closed
    // the text column of a Danish news page and a German weekly's.
    {kCommentsLabel,
     "^(?:comments?|" PITH_COMMENT_COUNT "|view comments|show comments|leave a (?:comment|reply)|"
     "add a comment|post (?:a )?comment.*|join the (?:conversation|discussion)|tell us what you think.*|"
     "join our commenting forum|commenting (?:forum|guidelines|policy).*|be the first to comment|"
     "commentaires?|\\d+ commentaires?|kommentare?|\\d+ kommentare?|kommentarer|\\d+ kommentarer|"
     "kommentar (?:hinzuf\\x{fc}gen|schreiben|verfassen|abgeben)|comentarios?|\\d+ comentarios?|"
     "comentários?|\\d+ comentários?|отзывы|комментарии|добавить (?:отзыв|комментарий))[.!]?$"},
    // Also the notice a thread leaves when it is shut ("Comments are
    // closed.", "Die Kommentarfunktion ist geschlossen"), under blog posts
    // and news stories whose theme prints it inside the text column.
    {"comments", "^.*(?:comment|coment|kommentar|thought-provoking|reacties|reageren|komentarz|yorum).*$",
     "^(?:.*thought-provoking conversations.*|"
     ".*\\b(?:comments?|comentários?|comentarios?|commentaires?|kommentare?)\\b.*"
     "\\b(?:moderat\\w*|moderador|(?:not|não|no) (?:be |serão |serán )?(?:approved|aprovados|aprobados|published))\\b.*|"
     ".*\\bmoderat\\w* (?:all |the |your )?(?:comments?|commentaires|kommentare|comentarios)\\b.*|"
     "comments (?:are|have been) (?:now )?closed\\b.*|(?:die )?kommentarfunktion (?:ist|wurde) "
     "(?:f\\x{fc}r diesen (?:artikel|beitrag) )?(?:geschlossen|deaktiviert)\\b.*|kommentare sind geschlossen\\b.*|"
     "les commentaires sont ferm\\x{e9}s\\b.*|(?:los )?comentarios (?:est\\x{e1}n )?cerrados\\b.*|"
     "(?:os )?coment\\x{e1}rios (?:est\\x{e3}o )?(?:fechados|encerrados)\\b.*|"
     // Italian, Dutch, Polish, Swedish and Turkish: "I commenti sono
     // chiusi", "Reacties zijn gesloten", "Komentarze są wyłączone",
     // "Kommentarer är stängda", "Yorumlar kapatılmıştır".
     "(?:i )?commenti (?:sono )?(?:chiusi|disabilitati)\\b.*|(?:de )?reacties (?:zijn )?gesloten\\b.*|"
     "reageren is (?:niet )?(?:meer )?(?:niet )?mogelijk\\b.*|"
     "komentarze (?:s\\x{105} )?(?:wy\\x{142}\\x{105}czone|zamkni\\x{119}te)\\b.*|"
     "kommentarer(?:na)? (?:\\x{e4}r )?st\\x{e4}ngda\\b.*|kommentarsf\\x{e4}ltet \\x{e4}r st\\x{e4}ngt\\b.*|"
     "yorumlar (?:kapat\\x{131}lm\\x{131}\\x{15f}t\\x{131}r|kapal\\x{131}d\\x{131}r|kapal\\x{131}))[.!]?$"},
    // What a gallery, video or map box prints for a reader without
    // scripts ("This slideshow requires JavaScript."): the box's only text.
    {"script notice", "^.*javascript.*$",
     "^(?:this (?:slideshow|gallery|video|content|map|form|player|site|page|feature|chart|embed) "
     "requires javascript\\b.*|"
     "(?:please )?enable javascript to (?:view|see|watch|play|use)\\b.*|"
     // The same gallery notice in Italian, Spanish, Portuguese, Dutch,
     // Polish, Swedish, Turkish and Japanese.
     "questa (?:presentazione|galleria) richiede javascript\\b.*|"
     "esta (?:presentaci\\x{f3}n|galer\\x{ed}a|apresenta\\x{e7}\\x{e3}o|galeria)(?: de (?:diapositivas|diapositivos|slides))? "
     "(?:requiere|requer|necessita(?: de)?|precisa(?: de)?) (?:de )?javascript\\b.*|"
     "voor deze (?:diavoorstelling|fotogalerij|galerij) is javascript (?:vereist|nodig)\\b.*|"
     "ten pokaz slajd\\x{f3}w wymaga javascript\\b.*|detta bildspel kr\\x{e4}ver javascript\\b.*|"
     "bu slayt g\\x{f6}sterisi (?:i\\x{e7}in )?javascript gerek\\w*.*|"
     "\\x{3053}\\x{306e}\\x{30b9}\\x{30e9}\\x{30a4}\\x{30c9}\\x{30b7}\\x{30e7}\\x{30fc}\\x{306b}\\x{306f}\\s*javascript.*)$"},
    {"sign-in notice",
     "^(?:sign in|log ?in|log out|sign up|register|create (?:an|a free) account|"
     "thank you for registering|already (?:a subscriber|have an account).*|"
     "please (?:refresh|log in|sign in).*(?:logged in|log in|sign in).*|"
     "se connecter|connexion|anmelden|registrieren|iniciar sesión|regístrate)[.!]?$"},
    // A newsletter platform's pitch under a post, in the platform's own
    // words ("Thanks for reading X! Subscribe for free to receive new
    // posts.", "X is a reader-supported publication. To receive new posts
    // and support my work, consider becoming a free or paid subscriber."):
    // posts of several writers, whose copies keep it as a line of its own.
    {"platform subscribe pitch", "^.*receive new posts.*$",
     "^(?:(?:thanks for reading [^!?]+! )?subscribe (?:for free )?to receive new posts(?: and [^.!?]+)?|"
     "[^.!?]+ is a reader-supported publication\\. to receive new posts and support my work, consider "
     "becoming a free or paid subscriber)[.!]?$"},
    // Also a box's heading that names the newsletter or the inbox it
    // fills ("Newsletter: Sport inside", "Get Jane Roe's stories in your
    // inbox"): a news page and a blog platform's.
    {kNewsletterBoxLabel, "^.*(?:newsletter|inbox|boletín|inscrivez-vous|nieuwsbrief|nyhetsbrev).*$",
     "^(?:.*\\b(?:sign up|subscribe) (?:to|for) (?:our|the|my)\\b.*newsletter.*|"
     ".*newsletter.*(?:sign up|subscribe|inbox).*|(?:get|receive) (?:our|the) .*(?:newsletter|"
     "in your inbox).*|inscrivez-vous.*|abonnez-vous.*newsletter.*|newsletter abonnieren.*|"
     "suscríbete.*(?:newsletter|boletín).*|newsletter: [^.!?]+|get [^.!?]+ in your inbox|"
     // Italian, Dutch and Swedish sign-up lines under the text.
     "iscriviti.*newsletter.*|(?:schrijf je|meld je) (?:in|aan) (?:voor|op) .*nieuwsbrief.*|"
     "(?:prenumerera|anm\\x{e4}l dig) (?:p\\x{e5}|till) .*nyhetsbrev.*|"
     // The German imperative ("Abonniere den Newsletter", "Abonnieren Sie
     // unseren Newsletter"), alone or after a teaser question, as a blog
     // theme's callout card sets it among the paragraphs.
     "(?:[^.!?]*[.!?] )?abonnier(?:e|en sie) (?:jetzt )?(?:den|unseren|meinen) newsletter\\b.*)$"},
    // A newsletter's or app's pitch closed by its call to action ("...
    // Hier geht's zur Anmeldung!", "... Hier gratis herunterladen."), set
    // inside the article on German news pages of several sites.
    {"promotion", "^.*(?:anmeldung|herunterladen|downloaden).*$",
     "^.*\\bhier (?:(?:geht(?:'|\\x{2019})?s|geht es) zur anmeldung|(?:gratis |kostenlos )?(?:herunterladen|downloaden))"
     "[.!]?$"},
    {kCookieNoticeLabel, "^.*cookie.*$",
     "^(?:.*\\bwe use cookies\\b.*|.*\\buses cookies\\b.*|.*\\bcookie (?:policy|settings|preferences)\\b.*|"
     "accept(?: all)? cookies|.*nous utilisons des cookies.*|.*verwendet cookies.*|"
     ".*utilizamos cookies.*)$"},
    // Lead-ins to other stories; "More:" and "More Great WIRED Stories"
    // head link lists on benchmark pages.
    {kReadMoreLabel,
     "^(?:read more|continue reading|read the full (?:story|article)|more on this story|"
     "related(?: articles| stories| content| coverage| topics| posts?)?|recommended(?: for you)?|"
     "most (?:read|popular|viewed|shared)|you (?:may|might) also like|more from .*|more|see more|"
     "more (?:great |top |popular )?(?:\\w+ )?stories|top stories|trending(?: now)?|lire (?:aussi|la suite)|"
     "à lire aussi|lesen sie (?:auch|mehr)|mehr zum thema|weiterlesen|leer más|lee también|"
     "te puede interesar|leia (?:também|mais)|veja também|saiba mais)(?:[.:!]|\\.\\.\\.|…)?$"},
    // The same, as a sentence or a box's heading set inside the text
    // ("Lesen Sie mehr zum Thema", "Mehr zur Lage in X lesen Sie in unserem
    // Liveblog:", "Mehr Themen auf <site>:", "Auch interessant", "Passend
    // zum Artikel", "For more stories like this, check our news page."):
    // news pages of eight sites, German, Swiss and British.
    {kReadMoreLabel,
     "^(?:lesen sie (?:hier )?mehr (?:zum thema|dazu)|mehr zu[mr]? .+ lesen sie (?:in|auf|bei) .+|"
     "mehr themen (?:auf|bei|von) .+|mehr zum thema finden sie .+|auch interessant|"
     "passend zum (?:artikel|thema)|for more (?:stories|news|articles) like this,? .+)[.:!]?$"},
    {"donation appeal",
     "^(?:donate|donate now|support us|support (?:our|independent|quality) journalism|"
     "your support helps.*|become a (?:member|supporter|subscriber)|subscribe now|"
     "faire un don|soutenez.*|jetzt spenden|unterstützen sie uns.*|dona ahora|apóyanos)[.!]?$"},
    // Tag and category lines under an article: "Tags: ...", "Filed
    // under: ...", "Topics: ...", and old blogs' "Technorati Tags: ...".
    {kTagListLabel,
     "^(?:(?:(?:technorati )?tags?|tagged(?: with| in)?|filed under|posted in|topics?|categor(?:y|ies)|schlagwörter|"
     "schlagworte|themen|etiquetas|temas|mots-clés|sujets|thèmes|"
     // Italian, Dutch, Polish, Swedish and Turkish labels.
     "etichette|argomenti|trefwoorden|tagi|taggar|etiketler)\\s*:.*|(?:tags?|filed under)\\s[^.!?]*)$"},
    // The other fields of a CMS article's info list beside the author's:
    // the category or section and the hit count ("Kategorie:
    // Vereinsnachrichten", "Catégorie parente : Actualités", "Rubrik:
    // Sport", "Zugriffe: 123", "Affichages : 123", "Hits: 123"; German,
    // English and French club and school news pages). Never a byline,
    // nor the page's tags.
    {"article info field",
     "^(?:(?:kategorie|catégorie(?: parente)?|categoría|rubrik)\\s*:.*|"
     "(?:hits|zugriffe|affichages|visitas)\\s*:\\s*[\\d.,]+)$"},
    // "Image copyright Getty Images", "Photo: AP", "Photograph: Jane
    // Doe/Reuters": credits standing alone, not captions.
    {"image credit",
     "^(?:(?:image|photo|picture|photograph|foto|bild|illustration)s?\\s*(?:copyright|credits?|courtesy(?: of)?)"
     "\\s*:?\\s*\\S.*|(?:image|photo|picture|photograph|foto|bild|illustration)s?\\s*(?:by\\s+|:\\s*|©\\s*)\\S.*|"
     "(?:photo |image )?credits?\\s*:.*|crédits? photo\\s*:.*|bildquelle\\s*:.*|"
     "(?:" PITH_PHOTO_LABEL_MORE_ASCII ")\\s*[:=]\\s*\\S.*|fot\\.\\s*\\S.*|"
     // "Foto di Luca Bianchi" (Italian), "Fotos de" (Spanish, Portuguese),
     // "Fotos von" (German): a name of a few words, as kCreditLines reads it.
     "fotos? (?:di|de|von)\\s+\\S+(?:\\s+\\S+){0,3})$"},
    // "Tempo de leitura: 1 minuto", "5 min read".
    {"reading time",
     "^(?:(?:estimated )?(?:reading|read) time|tempo de leitura|temps de lecture|tiempo de lectura|lesezeit|"
     "lesedauer)\\s*:?\\s*(?:about |ca\\. |approx\\. )?\\d.*|\\d+\\s*-?\\s*min(?:ute)?s?\\.?\\s+(?:read|de "
     "lecture|de leitura|de lectura|lesezeit)$"},
    // A stamp standing alone: "Updated at 1:23 p.m.", "First Published:
    // Tuesday, November 19, 2019 08:38 AM". Only date and time words may
    // follow the keyword, so that "Published in 2015, the report..." is
    // not one. Loose form: the keyword, the costliest label to compile
    // checked only on the few blocks that open with it.
    {"timestamp",
     "^(?:first |last |originally )?(?:published|updated|posted|modified|veröffentlicht|aktualisiert|publié|"
     "mis à jour|publicado|actualizado|atualizado).*$",
     "^(?:first |last |originally )?(?:published|updated|posted|modified|veröffentlicht|aktualisiert|publié|"
     "mis à jour|publicado|actualizado|atualizado)(?: on| at| am| um| le| el| em)?\\s*:?"
     "(?:[\\s\\d,.:/|()–-]|\\b(?:a\\.?m\\.?|p\\.?m\\.?|gmt|utc|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|hst|"
     "ist|aest|jst|et|pt|ct|jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|"
     "nov\\w*|dec\\w*|mon\\w*|tue\\w*|wed\\w*|thu\\w*|fri\\w*|sat\\w*|sun\\w*|at|on|am|um|ago|hours?|"
     "mins?|minutes?|today|yesterday)\\b)*\\d(?:[\\s\\d,.:/|()–-]|\\b(?:a\\.?m\\.?|p\\.?m\\.?|gmt|utc|bst|cet|"
     "cest|est|edt|cst|cdt|mst|mdt|pst|pdt|hst|ist|aest|jst|et|pt|ct|jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|"
     "jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|nov\\w*|dec\\w*|mon\\w*|tue\\w*|wed\\w*|thu\\w*|fri\\w*|"
     "sat\\w*|sun\\w*|at|on|ago|hours?|mins?|minutes?)\\b)*$"},
    // Credit lines: "SOURCE: News agencies", "Associated Press writers
    // ... contributed to this report.", "Keith Bradsher contributed
    // reporting from Hong Kong." The annotated pages leave them out, and
    // the wires' credits under German, Austrian and Canadian news: "mit
    // dpa", "(Quelle: APA/sda/dpa)", "With files from The Associated Press",
    // "With reports from ..." (English news from Latin America), "Bron:
    // BELGA" (Dutch), "Kilde: NTB" (Norwegian, Danish), "Źródło: PAP"
    // (Polish), "Kaynak: AA" (Turkish), and PITH_SOURCE_LABEL_ASCII's (the
    // rest: kGatedLabelPhrases). A German wire's feed line with its item's
    // id ("\u00a9 dpa-infocom, dpa:240516-99-53606/3 (dpa)"), under
    // stories of German news sites that run the feed (a made-up probe
    // page's and a benchmark page's, whose truth leaves it out).
    // Loose form without the bound: RE2 writes [^.!?] out 80 times.
    {kCreditLineLabel,
     "^(?:\\(?(?:" PITH_SOURCE_LABEL ")\\s*:\\s*[^.!?]+|.*contributed .*|with (?:files|reports|reporting) from .*|mit .*|"
     ".*" PITH_WIRE_LIST ":\\d{6}-\\d+-\\d+/\\d+.*)$",
     "^(?:\\(?(?:" PITH_SOURCE_LABEL ")\\s*:\\s*[^.!?]{1,80}|"
     ".*\\bcontributed (?:reporting|(?:to )?(?:this|the) (?:report|story|article))\\b.*|"
     "with (?:files|reports|reporting) from [^.!?]{1,80}|mit (?:material (?:von |der )?)?" PITH_WIRE_LIST "(?:\\s*(?:,|/|und)\\s*" PITH_WIRE_LIST ")*|"
     "(?:\\x{a9}\\s*)?(?:[\\w-]+\\s*,\\s*)?" PITH_WIRE_LIST ":\\d{6}-\\d+-\\d+/\\d+(?:\\s*\\(" PITH_WIRE_LIST
     "(?:\\s*/\\s*" PITH_WIRE_LIST ")*\\))?)$"},
    // How to reach or follow the author or the outlet: "Amy may be
    // reached at ...", "Write to Al Root at ...", "Follow Newsbeat on
    // Instagram", "Follow AP's full coverage of Brexit at ...".
    {"contact line", "^(?:.*(?:reach|contact|mail).* at\\b.*|write to .*|follow .*|segui(?:ci)? .*|s\\x{ed}guenos .*|volg .*)$",
     "^(?:.*\\b(?:(?:can|may) be (?:reached|contacted|emailed) at|e-?mail (?:him|her|them|the author|us) at|"
     "contact (?:him|her|them|the author) at|reach (?:him|her|them) at)\\b.*|write to \\S.*\\bat\\s+\\S+@\\S+|"
     "follow (?:\\S+ ){1,4}on (?:twitter|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon)\\b.*|"
     "follow (?:\\S+ ){0,4}(?:full |complete |live |latest )?(?:coverage|updates)\\b.*|"
     // The outlet's follow line in Italian, Spanish and Dutch ("Segui X su
     // Telegram", "Síguenos en Google News", "Volg ons op Instagram").
     "(?:segui(?:ci)?|s\\x{ed}guenos|volg) (?:\\S+ ){0,4}(?:su|en|op) (?:telegram|whatsapp|google news|twitter|x|"
     "facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon)\\b.*)$"},
};

// Label phrases kept out of kLabelPhrases, which every page compiles at
// start-up: with them in it, that cost some 4 M instructions more. Their
// words are written in letters outside ASCII (Hungarian "Hirdetés",
// Greek, Cyrillic, Chinese, Japanese, Korean, Arabic, Hebrew ...; the
// full-width colon of Chinese and Japanese), or are the names of
// subscribers and newsletters in languages kLabelPhrases does not read.
// This set is compiled and tried only for a block kLabelPhrases matched
// none of that holds such a letter or name (MayMatchGatedLabel).
constexpr Source kGatedLabelPhrases[] = {
    // "advertisement label" in Hungarian, Greek, Japanese, Chinese,
    // Korean, Arabic and Hebrew.
    {"advertisement label",
     "^(?:hirdet\\x{e9}s|\\x{3b4}\\x{3b9}\\x{3b1}\\x{3c6}\\x{3ae}\\x{3bc}\\x{3b9}\\x{3c3}\\x{3b7}|\\x{5e83}\\x{544a}|\\x{5e7f}\\x{544a}|"
     "\\x{5ee3}\\x{544a}|\\x{ad11}\\x{ace0}|\\x{625}\\x{639}\\x{644}\\x{627}\\x{646}|\\x{5e4}\\x{5e8}\\x{5e1}\\x{5d5}\\x{5de}\\x{5ea})[.:]?$"},
    // A wall's notice in the languages kPaywallPrompt does not read: the
    // paying readers (PITH_SUBSCRIBER_NOUN) and "only" (PITH_ONLY_WORD) in
    // one short block, at most two words apart ("Ten artykuł jest dostępny tylko dla
    // subskrybentów", "Denne artikel er kun for abonnenter", "Материал
    // доступен только по подписке"), or a paid piece named ("付费内容").
    // Made-up news pages of two templates, where the notice closed the
    // text. A sentence: a teaser card's badge ("会員限定記事", "members-only
    // article") is a list's label, and dropping it moved a Japanese text
    // copy's article. Not the paywall mark: the metadata reads only the
    // usual forms.
    {"subscriber-only notice", "^.*(?:" PITH_SUBSCRIBER_NOUN ").*$",
     "^(?:.*(?:" PITH_ONLY_WORD ")\\S*(?:\\s+\\S+){0,2}\\s*(?:" PITH_SUBSCRIBER_NOUN ").*|"
     ".*(?:" PITH_SUBSCRIBER_NOUN ")\\S*(?:\\s+\\S+){0,2}\\s*(?:" PITH_ONLY_WORD ").*|.*\\x{4ed8}(?:\\x{8d39}|\\x{8cbb})\\x{5185}\\x{5bb9}.*)"
     "[.!\\x{3002}]$"},
    // A newsletter pitch in the languages the phrases above miss: the
    // newsletter's name (PITH_NEWSLETTER_NOUN) and a sign-up verb
    // (PITH_SIGNUP_VERB) in one short block, in either order ("Zapisz się
    // na nasz newsletter...", "Tilaa uutiskirjeemme...", "Подпишитесь на
    // нашу рассылку..."). Made-up news pages of three templates in twenty
    // languages (Central and Eastern European, Nordic, Greek, Turkish,
    // Asian, Arabic, Hebrew), where such pitches sat among the paragraphs.
    {"newsletter pitch", "^.*(?:" PITH_NEWSLETTER_NOUN ").*$",
     "^.*(?:" PITH_SIGNUP_VERB ").*$"},
    // "image credit" by these labels, or any of PITH_PHOTO_LABEL_MORE_ASCII's
    // before a full-width colon.
    {"image credit",
     "^(?:" PITH_PHOTO_LABEL_MORE_ASCII "|" PITH_PHOTO_LABEL_MORE_WIDE ")\\s*[:=\\x{ff1a}]\\s*\\S.*$"},
    // "credit line" by these labels, or any label before a full-width colon.
    {kCreditLineLabel,
     "^\\(?(?:" PITH_SOURCE_LABEL "|" PITH_SOURCE_LABEL_WIDE
     ")\\s*[:\\x{ff1a}]\\s*[^.!?]+$",
     "^\\(?(?:" PITH_SOURCE_LABEL "|" PITH_SOURCE_LABEL_WIDE
     ")\\s*[:\\x{ff1a}]\\s*[^.!?]{1,80}$"},
};

// Appeals: each term alone is ordinary news vocabulary; two different
// ones in one block are a fundraising or subscription pitch. From the
// seed's "Your support helps us..." run and the usual EN/FR/DE/ES forms;
// German news sites ask for "eine Spende" and to "werden Sie Mitglied".
// A German magazine's and a weekly's pitch under the text opens by asking
// "Hat Ihnen dieser Artikel gefallen?" ("Did you like this article?").
constexpr char kAppealTerms[] =
    "(your support|support us|support our|supporting us|help us|helps us|donat\\w+|"
    "hat (?:ihnen|dir|euch) (?:dieser|der|unser) (?:artikel|beitrag) gefallen|"
    "contribut(?:e|ion|ions)\\b|paywalls?|subscri(?:be|ber|bers|ption)|reader-funded|"
    "journalis[mt]\\w*|become a (?:member|supporter|patron)|"
    "soutenez|soutenir|faire un don|abonnez|abonnement|journalisme|"
    "unterstützen sie|spende\\w*|werden sie mitglied|abonnieren|abonnement|journalismus|"
    "apóyanos|apoya|donar|suscríbete|suscripción|periodismo)";

// A prompt over text the page holds back: "Subscribe to continue
// reading", "This article is for subscribers only", "You have reached
// your limit of free articles", "Pour lire la suite, abonnez-vous",
// "Weiterlesen mit Plus", "Para seguir leyendo, suscríbete". A blocked
// article, unlike a newsletter box or a donation appeal, which the
// article's reader can ignore. Matched in lower case anywhere in a short
// block. The usual EN/FR/DE/ES wording of news sites' walls; newsletter
// posts call the article a "piece" or "post" ("to unlock this piece").
constexpr char kPaywallPrompt[] =
    "(?:subscribe|sign in|log in|register|become a (?:subscriber|member))(?: now| today)? "
    "(?:to|and) (?:continue|keep) reading|"
    "to (?:continue|keep) reading(?: this (?:article|story))?,? (?:please )?(?:subscribe|sign in|log in|"
    "register|become a (?:subscriber|member)|start your)|"
    "(?:subscribe|subscription) (?:now )?to (?:read|unlock|access) (?:the (?:full|rest|whole)|this|more of)|"
    "(?:this|the rest of this|the full) (?:article|story|content|post) is (?:only |exclusively )?"
    "(?:available|reserved|exclusive|for) (?:only |exclusively )?(?:to |for )?"
    "(?:our |paying |paid |premium |digital )?(?:subscribers|members)|"
    "you(?:'|\\x{2019})?(?:ve| have) (?:reached|used|read) (?:your|all (?:of )?your|the) (?:limit|maximum|"
    "(?:\\d+ )?free (?:articles?|stor(?:y|ies)))|"
    "unlock (?:this|the full) (?:article|story|piece|post)|"
    "(?:la suite de cet article|cet article|ce contenu) est r\\x{e9}serv\\x{e9}e? aux abonn\\x{e9}s|"
    "pour lire la suite,? abonnez|il vous reste \\d+ ?% de cet article|"
    "(?:jetzt )?weiterlesen mit|(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?f\\x{fc}r "
    "(?:abonnenten|abonnentinnen|abonnierende)|"
    "(?:para )?(?:seguir|continuar) leyendo,? (?:suscr\\x{ed}bete|hazte suscriptor|reg\\x{ed}strate)|"
    "(?:este|el) (?:art\\x{ed}culo|contenido) es (?:exclusivo|solo) para suscriptores";
// Its loose form: every prompt above holds one of these words. In full, the
// prompt was the costliest pattern to compile that most pages never match.
constexpr char kPaywallPromptLoose[] =
    "reading|subscri|(?:article|story|content|post) is |you(?:'|\\x{2019})?(?:ve| have) |unlock|abonn|il vous reste|"
    "weiterlesen|leyendo|suscriptores";

// Boxes of the article's own tags under the text: "post-tags",
// "tags-links", "article-tags", "tag-list", "tags__list" (the token's
// dashes make "tags" match the first ones; class names of the benchmark
// pages, 30 sites). Not a tag cloud ("tagcloud", "widget_tag_cloud"):
// that one is the site's.
constexpr char kTagBoxClass[] = TOKEN("tags|tag-?list|taglist|tags__list");

// A link styled as a button: "elementor-button", "wp-block-button__link",
// "wixui-button", "btn btn-primary". What a call-to-action box ends on
// (article_edges.cc; made-up pages of two page builders).
constexpr char kButtonClass[] = TOKEN("buttons?|btn|btns");

// A cookie or consent notice of any length: cookies beside the words
// of a consent dialog. From a text copy whose long "This website uses
// cookies ... opt-out" paragraphs outweighed a short article.
constexpr char kCookieNotice[] =
    "\\bcookies?\\b.*\\b(?:browser|browsing|consent|opt[- ]out|third[- ]party|analytics|website)\\b|"
    "\\b(?:browser|browsing|consent|opt[- ]out|third[- ]party|analytics|website)\\b.*\\bcookies?\\b";
// Its loose form: both orders name the cookies.
constexpr char kCookieNoticeLoose[] = "cookie";

// The page's own copyright line closing its footer: the sign or the word
// first, and a year ("© 2025 Acme Media. All rights reserved.",
// "Copyright © 2023 Acme", "© Acme Media 2026"). A picture's credit
// carries the sign after its text ("Jane Roe ©") or no year ("©
// Agency/Jane Roe"). From text copies of blogs, shops' guides and news
// pages of six sites, whose copy prints hidden layers after it.
constexpr char kPageCopyrightLine[] = "^(?:\\x{a9}|\\(c\\)|copyright\\b).*\\b(?:19|20)\\d{2}\\b";

// The placeholder of an embedded post, video or chart that loads only on
// consent: a click that shows or loads it beside the data it passes on
// ("Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt
// wird", "Erst wenn Sie hier klicken, werden die Grafiken nachgeladen. Ihre
// IP-Adresse wird dabei an externe Server ... übertragen"), or the box's
// own label ("Externen Inhalt anzeigen", "YouTube-Inhalte erlauben", "Ein
// Klick für den Datenschutz"). From three German news sites' YouTube,
// chart and "external content" boxes; the English wording is the same
// notice's ("we need your consent to load this content").
constexpr char kEmbedConsent[] =
    "\\b(?:einverstanden|zustimmung|drittplattformen?|drittanbieter\\w*|externe server|ip-adresse|"
    "externe[nr]? inhalte?)\\b.*\\b(?:angezeigt|anzeigen|nachgeladen|geladen)\\b|"
    "\\b(?:angezeigt|anzeigen|nachgeladen|geladen)\\b"
    ".*\\b(?:einverstanden|zustimmung|drittplattformen?|drittanbieter\\w*|externe server|ip-adresse)\\b|"
    "\\bconsent to (?:load|show|display)\\b|"
    "^(?:ein klick f\\x{fc}r den datenschutz|externe[nr]? inhalte? (?:anzeigen|laden|erlauben|zulassen)|"
    "\\S+-inhalte? (?:anzeigen|laden|erlauben|zulassen)|empfohlener redaktioneller inhalt)$";
// Its loose form: every placeholder above holds one of these words.
constexpr char kEmbedConsentLoose[] = "angezeigt|anzeigen|geladen|consent to|datenschutz|inhalt";

// A block that is one written-out web address, after at most a few
// words ("www.example.com", "Source - www.example.com", a tweet's
// "https://t.co/..."): the annotated pages keep such references
// although the address is a link.
constexpr char kWrittenAddress[] = "^(?:\\S+\\s+){0,3}\\S*?(?:https?://|www\\.|pic\\.twitter\\.com/)\\S+$";

// A deals roundup's shop link under each product: "Get it on Shopzone for
// $29", "Buy it at Acme for \x{a3}12.99 (was \x{a3}20)", "$29 at Shopzone".
// Measured on unseen deals pages, where these links read as other stories'
// titles and the page was rejected as a list of teasers (confidence.cc).
// Also the whole offer as one linked line, the product before its price
// and the shop after it, in English, German, French, Dutch, Spanish and
// Italian ("Robot vacuum for $179 at Shopmart", "Kopfh\x{f6}rer f\x{fc}r 59 \x{20ac}
// bei Shopzone"): deals roundups of unseen shopping and tech blogs, whose
// lines were dropped as teaser titles or a link list (article_html.cc).
// The price is a currency sign before or after the amount. Only such a
// whole offer is captured: a bare shop button ("$29 at Shopzone") under a
// product's text is no line of it. Unbounded parts: a bounded repeat is
// written out at length and compiled at start-up; OfferLine bounds the
// line instead (kOfferLineMaxBytes).
#define PITH_PRICE "(?:(?:\\$|\\x{a3}|\\x{20ac}|us\\$|chf) ?\\d[\\d.,]*|\\d[\\d.,]*(?:,-)? ?(?:\\x{20ac}|\\$|\\x{a3}|euro|eur|chf))"
constexpr char kShopLink[] =
    "^(?:(?:get|buy|shop|grab)(?: it| them| one| this| these)? (?:on|at|from) .{1,60}? for "
    "(?:\\$|\\x{a3}|\\x{20ac}|us\\$) ?\\d[\\d.,]*(?: \\(.{1,30}\\))?|"
    "(?:\\$|\\x{a3}|\\x{20ac}) ?\\d[\\d.,]* (?:at|on|from) [\\w.&' -]{2,40}|"
    // The offer itself, captured: a product before its price, one shop after.
    "([^.!?]+? (?:for|f\\x{fc}r|pour|voor|por|per) " PITH_PRICE
    "(?: \\([^()]+\\))? (?:at|on|from|bei|auf|chez|sur|en|bij|da|su) [^!?,;()$\\x{20ac}\\x{a3}]+))[.!]?$";
#undef PITH_PRICE

// ---- The page ------------------------------------------------------------

constexpr char kMarkupTag[] =
    "<(?:p|div|br|a|span|html|head|body|meta|script|table|li|ul|h[1-6]|title|link|img|section|"
    "article|!doctype)[\\s>/]";

// A spaced separator between a title's parts; the full-width minus is a
// Japanese technology site's (" － Site"). Not the left guillemet: French
// sets it spaced to open a quote ("Le ministre a dit « oui »"), far more
// often than a blog theme's <title> sets it before the blog's name.
constexpr char kTitleSeparator[] = "\\s+(?:[|\\-–—:·•»\\x{ff0d}]|::)\\s+";

// The page shown of an article split in pages, after its headline in the
// h1 and <title> of Japanese news sites: "（1/2 ページ）", "(2/3)", in
// full-width digits as Japanese typesetting also writes them ("（１／２）").
// Indonesian portals title a paged article "... Halaman all" (the whole
// article on one page) or "... Halaman 2" before the site's name (news
// portals of two publishers' styles, made-up probes). Paged articles of
// news and magazine sites add the page after a spaced dash or bar in
// their <title> and h1 ("... - Page 2", "... | Seite 3"; made-up probes of
// English, German, Spanish and French pages).
constexpr char kHeadlinePageMark[] =
    "\\s+[-|\\x{2013}\\x{2014}]\\s+(?i:page|seite|p\\x{e1}gina|pagina|strona|sayfa)\\s+\\d{1,3}$|"
    "\\s*[(\\x{ff08}]\\s*[0-9\\x{ff10}-\\x{ff19}]+\\s*[/\\x{ff0f}]\\s*[0-9\\x{ff10}-\\x{ff19}]+\\s*"
    "(?:\\x{30da}\\x{30fc}\\x{30b8}|\\x{9801}|pages?)?\\s*[)\\x{ff09}]\\s*$|"
    "\\s+[Hh]alaman\\s+(?:all|\\d+)$";

// An article type named in JSON-LD: schema.org's Article and its
// subtypes that news and blog pages use.
constexpr char kArticleType[] =
    "\"@type\"\\s*:\\s*(?:\\[[^\\]]*)?\"(?:News|Blog|Scholarly|Tech|Report|Opinion|Analysis|Review|"
    "Satirical|Background)?(?:Article|Posting|NewsArticle)\"";

// What error pages say in their title or first heading. A status number
// counts as a title part of its own ("404", "Error 404 | Site") or beside
// an error word ("500 Internal Server Error"), not inside a name: a shop's
// "Espresso, 500 g", a club's "500. Heimspiel", a market's "S&P 500".
constexpr char kErrorPage[] =
    "(?:^|[|:\\x{2013}\\x{2014}-]\\s)\\W*(?:404|410|500|503)\\W*(?:$|\\s[|:\\x{2013}\\x{2014}-])|"
    "\\b(?:error|fehler|erreur|errore|code|http)\\s*:?\\s*(?:404|410|500|503)\\b|"
    "\\b(?:404|410|500|503)\\s*[|:\\x{2013}\\x{2014}-]?\\s*(?:error|fehler|erreur|not found|nicht gefunden|page|seite|gone|"
    "internal server|service unavailable)|\\b(?:page|article|story|content) (?:not found|(?:is )?no longer "
    "available|(?:could|can) ?not be found|does not exist)\\b|^(?:not found|error|oops\\b.*|access denied|"
    "forbidden)[.!]?$|seite nicht gefunden|page introuvable|página no encontrada|página não encontrada";

// ---- Bylines and authors -------------------------------------------------

// The role words a byline may print before the name, and the ranks and
// beats before them (see kRoleBeforeName): "Staff reporter", "Senior
// correspondent", "Chief political correspondent", "Redakteurin": the
// ranks and the beats British and Irish papers print.
#define PITH_ROLE_BEFORE_NAME                                                                    \
  "(?:reporter|correspondent|editor|writer|columnist|journalist|reporterin|redakteur(?:in)?|"    \
  "korrespondent(?:in)?|journalistin)"
#define PITH_ROLE_RANK                                                                             \
  "(?:staff|senior|chief|special|foreign|lead|deputy|associate|contributing|investigative|"       \
  "political|parliamentary|diplomatic|economics|legal|royal|sports?|business|health|science|crime|court|arts)"

// Japanese pages label the writer with 文 (text), 著者/筆者 (author),
// 記者 (reporter), 投稿者 (poster), often with a full-width colon or a
// bullet: "著者：後藤大地", "文● オカモト"; Chinese ones with 作者 (author),
// and 记者 (reporter, simplified) or 本报记者 (this paper's reporter)
// before the name: "记者 王小明".
// Indonesian and Malay write "Oleh" (by), French Canadian "Un texte de" (a
// text by); the labels in other scripts are in kWideBylinePrefix. Blogs date the
// label itself: "Written on Mar 27 by", "Posted on March 3, 2015 by".
// A label's colon may touch the name when the two are separate elements
// ("Written by:Jane Roe"). The plural labels of blogs and papers
// ("Contributors: Jane Roe", "Authors:Jane Roe, John Doe") only with their
// colon: alone they head a list of author cards or a menu's entry.
constexpr char kBylinePrefix[] =
    // Author boxes name the piece before the verb: "Article written by:",
    // "This post was written by" (blogs of two sites, the name in the next
    // element or after it).
    "^(?:(?:"
    // The paper's own reporter named by role before the name: "By our
    // reporter Jane Roe", Dutch "Door onze verslaggever", German "Von
    // unserem Korrespondenten", French "De notre correspondante à Rome,",
    // Italian "dal nostro inviato"; the label word, the possessive, a
    // reporter's role word and a place set off by a comma. Other words after
    // the possessive head menus and promotions ("Our Services", "From Our
    // Partners", "Unsere Empfehlungen").
    "(?:by|from|door|van|von|de|du|par|dal|dalla|del|della|por|desde|av|fra|fr\\x{e5}n|af|od)\\s+"
    "(?:our|onze|ons|unserem|unserer|unseren|unsere|notre|nos|nostro|nostra|nostri|nuestro|nuestra|nuestros|"
    "nosso|nossa|nossos|v\\x{e5}r|v\\x{e5}rt|v\\x{e5}ra|vores|naszego|naszej|naszych|na\\x{161}eho|na\\x{161}\\x{ed})\\s+"
    "(?:own\\s+|eigen\\s+|propre\\s+|foreign\\s+|special\\s+)?"
    "(?:reporter|correspond|verslaggever|redacteur|redakt|medewerk|mitarbeiter|korrespondent|envoy|inviat|"
    "corrispondent|corresponsal|enviad|medarbetare|korespondent|dziennikar|zpravodaj|report\\x{e9}r)(?:\\w|\\x{e9})*"
    "(?:\\s+(?:sp\\x{e9}ciale?|speciale|especial))?"
    "(?:\\s+(?:in|\\x{e0}|au|a|en|em|im|aus|at|w|i|v|ve|na|no|te)\\s+[^\\s,]+(?:\\s+[^\\s,]+)?,)?|"
    PITH_PIECE_WRITTEN_BY "|"
    // "Text and photos: Jane Roe" (the one who wrote and shot the piece),
    // before "text" alone would take its first word: in English, German,
    // Dutch, the Nordic and Romance languages.
    // Swedish "Text och bild" and Dutch "Tekst en beeld" say pictures so.
    "(?:text|texto|tekst|testo) (?:and|und|en|og|och|e|y|i|ja) (?:photos?|fotos?|foto's|bilder|kuvat|bild|beeld)|"
    "(?:written|words|reported|text|story|article|posted|published|compiled)\\s+by|"
    // The same label in the info lists of CMS article pages: German
    // "Geschrieben von", Spanish "Escrito por", Italian "Scritto da"
    // (French "Écrit par" opens outside ASCII: kWideBylinePrefix), and
    // the German themes of old CMS pages: "Eingereicht von" (submitted by).
    "geschrieben\\s+von|eingereicht\\s+von|escrito\\s+por|scritto\\s+da|ecrit\\s+par|"
    // And in Danish, Norwegian, Swedish, Dutch, French, Portuguese and
    // Spanish: "Skrevet af", "Skrivet av", "Geschreven door", "Rédigé par",
    // "Publié par", "Publicado por" (made-up blog and news pages of those
    // languages, found unread).
    "skrevet\\s+a[fv]|skrivet\\s+av|geschreven\\s+door|r\\x{e9}dig\\x{e9}e?\\s+par|publi\\x{e9}e?\\s+par|"
    "publicad[oa]\\s+por|"
    "(?:written|posted|published)\\s+on\\s+\\w+\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?\\s+by|"
    // German news sites name the piece's kind before "von": "Kommentar von",
    // "Eine Kolumne von", "Eine Analyse von", "Ein Bericht von", and any piece
    // as "Ein Beitrag von" (a contribution by: broadcasters' and local news
    // sites' meta lines); French and English
    // ones the same way: "Un reportage de", "A report by" (broadcasters).
    "(?:eine?n?\\s+)?(?:kommentar|kolumne|analyse|gastbeitrag|beitrag|glosse|rezension|reportage|bericht)\\s+von|"
    "un\\s+reportage\\s+de|an?\\s+report\\s+by|"
    "by|par|von|por|di|oleh|"
    // "Autorka" is the Polish, Czech and Slovak for a woman author; "Testo
    // di" the Italian "text by". German pages write the label for either
    // sex: "Autorin/Autor" (a public broadcaster's facts list), "Autor:in"
    // (a news site's author box), "Autor*in", "Autor_in", "Autor/-in".
    "door|av|af|autor(?:in/autor|[*:_/]-?in|in|ka)?|author|auteur|texto?|testo di|redacción|un texte de|"
    // An interview's "Propos recueillis par" (remarks gathered by) in French,
    // a feature's "A cura di" (by, edited by) in Italian, and the Polish
    // "Oprac." (compiled by) that signs a news item put together at the desk.
    "propos recueillis par|a cura di|oprac\\.?|"
    // Romanian bylines put the name after a lower-case "de" (by): upper
    // case it is a surname's particle ("De Luca").
    "(?-i:de))(?:\\s*:\\s*|\\s*\\.?\\s+)|"
    // The label words of news bylines in other languages, only with their
    // colon, as alone they are ordinary words ("Haber" is news, "Reporter"
    // a heading): Polish "Tekst", Finnish "Teksti", Hungarian "Szerző",
    // Croatian and Serbian "Piše" (writes), Turkish "Yazar" and "Haber"
    // (author, news story), "Muhabir" (reporter) and "Yazan" (the one who
    // wrote: news sites' info bars), Indonesian "Penulis"
    // and "Reporter"; Slovenian "Avtor", Lithuanian "Autorius", Latvian
    // "Autors", Croatian and Serbian "Napisao" / "Napisala" (he / she
    // wrote), English "Words" (magazines' and papers' features credit
    // "Words: Jane Roe" beside "Photos: ..."), French "Texte" (text, credited beside "Photos :"), Finnish
    // "Kirjoittaja" and "Toimittaja" (writer, reporter), Swedish "Skribent"
    // and Vietnamese "T\u00e1c gi\u1ea3" (author), Hungarian "Sz\u00f6veg" (text,
    // credited over "Fot\u00f3:" in feature bylines), Indonesian "Pewarta"
    // (reporter, over "Editor:" on wire and portal pages) and Vietnamese
    // "Ph\u00f3ng vi\u00ean" (reporter): the meta lines of local
    // news sites and blogs. Those in other scripts are in kWideBylinePrefix.
    "(?:words|tekst|teksti|texte|kirjoittaja|toimittaja|skribent|szerz\\x{151}|sz\\x{f6}veg|pewarta|ph\\x{f3}ng\\s+vi\\x{ea}n|pi\\x{161}e|avtor|autorius|autors|napisa(?:o|la)|yazar|yazan|haber|muhabir|penulis|reporter|"
    "t\\x{e1}c\\s+gi\\x{1ea3})"
    "\\s*:\\s*|"
    // Indonesian portals' stringer or correspondent and the town before the
    // name, with a comma: "Kontributor Surabaya, Jane Roe", "Koresponden
    // Jawa Timur, Jane Roe" (made-up pages of two portals' styles). The
    // town in ASCII letters: a wider class cost every page's start-up.
    "(?:kontributor|koresponden)\\s+\\w+(?:\\s+\\w+)?\\s*,\\s*|"
    "(?:authors|contributors|autoren|autor(?:innen/autoren|[*:_]innen)|autores|auteurs)\\s*:\\s*)";

// A reporter's role before the name, with or without a label: "Staff
// reporter Kate Morris", "Senior correspondent Paul Ames", "By chief
// political correspondent Tom Hale", German "Von Redakteurin Lisa Kern"
// (news pages of British, Irish and German papers). Without a label the
// role needs a word before it (a beat or a rank): "Reporter" or "Editor"
// alone heads a box. The role in lower case, as bylines print it: a
// title-cased "Senior Writer" is an author card's job title, after the
// name or alone on its line. Apart from kBylinePrefix, compiled only for
// lines that hold a role word (kRoleBeforeNameGate): folded into it, it
// cost every page 2.4 M instructions of start-up.
constexpr char kRoleBeforeName[] =
    "^(?:(?:(?:by|von|par|door)\\s+)?(?:" PITH_ROLE_RANK "\\s+){1,3}(?-i:" PITH_ROLE_BEFORE_NAME ")|"
    "(?:by|von|par|door)\\s+" PITH_ROLE_BEFORE_NAME ")(?:\\s*:\\s*|\\s*\\.?\\s+)";
// The words one of which each of kRoleBeforeName's matches holds.
constexpr std::string_view kRoleBeforeNameGate[] = {"reporter", "correspondent", "editor",   "writer",
                                                    "columnist", "journalist",   "redakteur", "korrespondent"};

// The byline labels of kBylinePrefix that open with a letter outside ASCII,
// apart so that pages in Latin script never compile them: a label's first
// letter tells the two lists apart (RE2 folds no letter here to an ASCII
// one), so trying kBylinePrefix first and these after, on text that opens
// with a byte of 0x80 or more, matches what one pattern of both would.
// Thai "โดย" (by), Urdu "تحریر:" (written by), Arabic "بقلم" (by the pen
// of). Greek bylines put the name in the genitive after "Του" / "Της" (of
// the), Hebrew ones after "מאת" (by).
constexpr char kWideBylinePrefix[] =
    "^(?:(?:โดย|تحریر|بقلم|του|της|των|\\x{5de}\\x{5d0}\\x{5ea}|\\x{e9}crit\\s+par)(?:\\s*:\\s*|\\s*\\.?\\s+)|"
    // The label words that need their colon (kBylinePrefix): Russian,
    // Ukrainian and Serbian "Пише", "Автор", "Аутор", "Текст", Persian
    // "نویسنده" (writer), Hindi "लेखक" (writer), Arabic "كتب" (he wrote) and
    // "كتبت" (she wrote); the meta lines of local news sites and blogs in
    // Greek "Κείμενο" (text), Thai "ผู้เขียน" (writer) and Bengali
    // "প্রতিবেদক" (reporter); Greek "Συντάκτης" / "Συντάκτρια" (the writer)
    // and "Επιμέλεια" (compiled by), which Greek news sites print alone
    // before the one name they credit (made-up pages of two sites' styles).
    "(?:\\x{43f}\\x{438}\\x{448}\\x{435}|\\x{430}\\x{432}\\x{442}\\x{43e}\\x{440}|"
    "\\x{430}\\x{443}\\x{442}\\x{43e}\\x{440}|\\x{442}\\x{435}\\x{43a}\\x{441}\\x{442}|"
    "\\x{646}\\x{648}\\x{6cc}\\x{633}\\x{646}\\x{62f}\\x{647}|\\x{932}\\x{947}\\x{916}\\x{915}|\\x{643}\\x{62a}\\x{628}\\x{62a}?|"
    "κείμενο|συντάκτης|συντάκτρια|επιμέλεια|ผู้เขียน|প্রতিবেদক)\\s*:\\s*|"
    // Greek news sites' "Γράφει" (writes) before the name, with a colon or
    // with the article of the name, which then stands in the nominative:
    // "Γράφει: Γιώργος Παππάς", "Γράφει η Άννα Κωνσταντίνου" (the meta lines
    // of regional news sites and blogs).
    "γράφει(?:\\s*:\\s*|\\s+(?:ο|η)\\s+)|"
    // Arabic news bylines also set a dash after "كتب" (wrote): "كتب - Name".
    "\\x{643}\\x{62a}\\x{628}\\s+[-\\x{2013}\\x{2014}]\\s*|"
    // Chinese and Japanese reporters' and writers' labels; the writer who
    // also took the pictures, "文・写真：" (text and photos: Japanese
    // magazines' and papers' features), "文/图：" (Chinese).
    "(?:(?:本报|本報)?(?:記者|记者)|著者|筆者|投稿者|執筆者|執筆)\\s*[:：●・/／]?\\s*|"
    "(?:取材[・、])?(?:文|作者|撰稿|撰文)(?:[・、/／](?:写真|撮影|图|圖))?\\s*[:：●・/／]\\s*|"
    // Korean news pages name the reporter after the title as well as before
    // it: "기자 홍길동", and the news CMS of many regional papers labels the
    // field "기자명 홍길동" (reporter's name). After a space or a colon only:
    // the glued "기자회견" (press conference) opens sentences.
    "기자명\\s*[:：]?\\s*|기자\\s*[:：]?\\s+)";

// The dateline a news byline may print before its label: a place of one
// to three capitalised words and a dash or a bar ("PARIS — By Jane Roe",
// "Berlin – Von Anna Müller", "Madrid | Por Carmen López"). Read only
// before a label (kBylinePrefix).
constexpr char kPlaceBeforeByline[] =
    "\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2}\\s+[\\x{2014}\\x{2013}|-]\\s+";

// From bylines users report as wrong in other tools: "Email the
// author", "Follow @jdoe", a profile URL or a date glued to the name.
// "4 years ago", "24 minutes ago": a relative date after the name.
constexpr char kBylineNoise[] =
    "(?i)\\S+@\\S+\\.\\w+|https?://\\S+|www\\.\\S+|@\\w+|\\b(?:follow(?: on \\w+)?|email(?: the)? "
    "(?:author|me)|e-mail|contact(?: the)? author|view profile|more articles|articles by|"
    // An author tooltip's link and a fact-check badge beside the name
    // ("By" / "Fact Checked", "The Team" / "Full Bio"): guide pages of two sites.
    "full bio|fact[- ]checked|"
    "all posts by|updated|published|posted|last updated)\\b.*$|\\b\\d+\\s+\\w+\\s+ago\\b|"
    // A reading time after the name ("Jane Roe 2 minutes read", "by Jane
    // Roe | 8 min Read"): news and company blogs' text copies.
    "\\b\\d+\\s*-?\\s*min(?:ute)?s?\\.?\\s+read\\b|"
    // The profile links beside the name, as words ("Jane Roe Twitter Email").
    "\\b(?:twitter|facebook|linkedin|instagram|bluesky|mastodon|email)(?:\\b|[A-Z])\\S*(?:\\s+\\S+){0,4}$|"
    // A share menu's words after the name ("Jane Roe Share Tweet Email"),
    // to the line's end: "Share" with what it shares, "Tweet" alone. A
    // surname "Share" or "Tweet" stays ("Jane Share", "By Tom Share and
    // Jane Roe").
    "\\b(?:share(?:\\s+" PITH_SHARE_MENU_WORD ")+|tweet(?:\\s+" PITH_SHARE_MENU_WORD ")*)\\s*$|"
    // The font control after the names, and the tools after it, to the
    // line's end ("By Jane Roe Text Size A- A+ Print"): news pages' meta bars.
    "\\b" PITH_TEXT_SIZE_LABEL "\\b.*$|"
    // The photographer's credit after the writer's, on the byline's next
    // line or after a comma ("Text: Jane Roe / Photos: John Doe").
    "(?:\\s|,)\\s*" PITH_PHOTO_CREDIT_LABEL "\\s*:.*$|"
    // Chinese bylines go on with the source after a space ("作者：王小明
    // 来源：例报").
    "\\s(?:" PITH_CHINESE_SOURCE_LABEL ")\\s*[:：].*$";

// Another's credit after the writer's sentence ends ("Von Jane Roe.
// Mitarbeit: John Doe", "By Jane Roe. Illustrations by John Doe", "Jane
// Roe; Recherche: John Doe"): made-up feature and news bylines of German
// and English sites, which set it after a full stop, not a bar. The same
// in French, Spanish, Italian, Portuguese and Dutch bylines: "Par Jane
// Roe. Traduit par John Doe", "Por Jane Roe. Fotografías de John Doe",
// "di Jane Roe. Foto di John Doe", "Traducción: John Doe". Apart from
// kBylineNoise, so that only a byline with a full stop or a semicolon
// compiles it: in the noise it cost every page's warm-up 3 M instructions.
constexpr char kCreditAfterStop[] =
    "(?i)[.;]\\s+(?:" PITH_NON_AUTHOR_CREDIT_BY "|(?:" PITH_STAFF_ROLE "|" PITH_TRANSLATION_LABEL "|" PITH_EDITOR_LABEL "|"
    PITH_PHOTO_CREDIT_LABEL ")\\s*:|"
    "(?:" PITH_PHOTO_CREDIT_LABEL "|fotograf(?:\\w|\\x{ed})*|traduit|traduite|traducid[oa]|tradott[oa]|traduzid[oa]|vertaald|"
    "ilustraciones|illustrazioni)\\s+(?:par|de|di|da|por|door)\\b).*$";

// What a Chinese, Japanese or Korean byline prints around the names, run
// on lines with letters beyond ASCII only (CleanByline): the
// photographer's credit after the writer, "文/王小明 图/李华",
// "文：山田太郎　写真：佐藤花子" (a magazine's and a paper's feature pages),
// "사진 김민수"; the place and the agency Korean wire stories open with in
// brackets, and the equals sign closing their byline: "(서울=연합뉴스)
// 김민수 기자 =", "[서울=뉴시스]김민수 기자 =" (three agencies and the
// papers that reprint them). Japanese also sets a middle dot after the
// label ("山田花子 写真・佐藤健"), Korean a space ("글 한가람 사진 오세훈":
// text, then photo), whose "글" before the writer is cut too: made-up
// bylines of both languages (no benchmark page prints one).
constexpr char kCjkBylineNoise[] =
    "[\\s\\x{3000}](?:图|圖|图片|圖片|摄影|攝影|摄|攝|写真|撮影|사진)\\s*[:：/／・].*$|"
    "\\s사진\\s+\\p{Hangul}{2,4}(?:\\s.*)?$|^글\\s*[:：]?\\s+|"
    "^[(\\[]\\p{Hangul}+=[\\p{Hangul}\\w/]+[)\\]]\\s*|\\s*[=＝]\\s*$";

// Besides commas and conjunctions: the middle dots, bullets and spaced
// dashes between a name and its outlet ("Pete Evans · CBC News"), the
// dot operator some review sites put between a name and a job title
// ("Jane Roe ⋅ Review Editor ⋅"), the black circle of shop blogs ("by
// Jane Roe ● December 23, 2025 ● 6 min read"), and the full-width slash and
// ideographic comma of Japanese bylines. A conjunction stands between
// spaces: RE2's \b knows ASCII letters only, so "Renée Dubois" and "Laura
// Eßlinger" would split at their "e"; the one-letter ones are lower case,
// so a middle initial ("Robert E. Lee") is no conjunction. The "and" of
// news bylines in other languages (Russian, Ukrainian, Greek, Swedish,
// Norwegian and Danish, Turkish, Hungarian, Romanian, Polish, Indonesian,
// Vietnamese, Finnish) too, lower case only: "Dan" and "Ja" are names.
constexpr char kAuthorSeparator[] =
    "(?i)(\\s*(?:,\\s*(?:and|und|et|(?-i:y|e)|en|&)\\s|,|;|\\||/|&|\\+|·|•|⋅|●|／|、|\\s[-–—]\\s|"
    // A Chinese paper's byline names its reporters, then its correspondents
    // and interns under their titles: "本报记者 王小明 通讯员 李华".
    "\\s*(?:通讯员|通訊員|实习生|實習生)\\s*|"
    // A co-author the line credits with a phrase rather than "and": "Un
    // texte de Jane Roe, avec la collaboration de John Doe" (French and
    // Canadian news), "with additional reporting by", "con la colaboración
    // de"; before the bare "with", "avec" and "con" that open them.
    "(?:^|\\s)(?:avec la collaboration de|en collaboration avec|with (?:additional )?reporting (?:by|from)|"
    "con la colaboraci(?:\\x{f3}|o)n de|"
    "and|und|et|(?-i:y|e)|en|with|mit|con|avec|in collaboration with|"
    "(?-i:и|і|και|och|og|ve|és|și|oraz|dan|và|ja))(?:\\s|$))\\s*)";

constexpr char kAuthorRole[] =
    "\\b(?:staff|writer|reporter|correspondent|editor|editors|contributor|contributing|"
    "columnist|producer|news|desk|team|bureau|press|agency|agencies|photographer|photos?|"
    "special to|analyst|journalist|director|chief|senior|associate|newsroom|online|digital|"
    "wire|services|media|times|post|herald|tribune|journal|daily|magazine|radio|tv|"
    "redaktion|rédaction|redacción|agence|agencia|redakteur|redakteurin|reporterin|korrespondent|"
    "korrespondentin|journalistin|rédacteur|rédactrice|journaliste|periodista|giornalista|"
    // A desk credited after the writers ("Paolo Verdi e Sara Neri |
    // Redazione Cronaca"), in Italian, Dutch, Polish, Czech, Slovak and
    // Indonesian, and Turkish papers' "Haber Merkezi" (news desk): made-up
    // news bylines of those languages. Alone, a desk names no person, as
    // "Redaktion" does not.
    "redazione|redactie|redakcja|redakce|redakcia|redaksi|haber merkezi|"
    // Company names that pages give as author ("mediagene Inc."), and
    // the institutions in an author's affiliation ("ACLU Speech,
    // Privacy, and Technology Project").
    "inc|ltd|llc|gmbh|corp|corporation|plc|project|institute|foundation|center|centre|university|"
    "council|association|society|program|programme|department|ministry|office|"
    // The job titles of guide and company blogs' bylines, after the name
    // or alone ("Paul Roe, Home Security Expert", "Lance Roe (Content
    // Manager)", "Jane Roe, Co-Founder", "Jane Roe, Certified Financial
    // Planner"; review, moving, finance and coffee sites).
    "experts?|manager|specialist|consultant|founder|ceo|strategist|coordinator|certified)\\b|"
    // ... and the desks whose word \\b cannot see the end of: Portuguese
    // "Redação", Russian "Редакция", Ukrainian "Редакція".
    "reda\\x{e7}\\x{e3}o|\\x{440}\\x{435}\\x{434}\\x{430}\\x{43a}\\x{446}\\x{438}[\\x{44f}\\x{44e}\\x{438}\\x{435}]|"
    "\\x{440}\\x{435}\\x{434}\\x{430}\\x{43a}\\x{446}\\x{456}[\\x{44f}\\x{457}\\x{44e}]|"
    // ... and in Japanese: editorial desk, company, office, association.
    "編集部|株式会社|有限会社|事務所|協会|研究所|新聞社|法人|"
    // ... and the Chinese "reports from" after the reporter's name: Taiwanese
    // papers sign "記者王小明／台北報導" (reporting from Taipei), "綜合報導"
    // (compiled reports); the place is no second author.
    "報導|报道";

// Job titles that follow a name without a separator ("Zackery Cuevas
// Writer", "Emma Ryan Lead Writer" on review sites) or after a comma
// ("Christian Unger, Redakteur" on German news pages): the name is what
// comes before them. People's titles only; outlets ("Times") are not cut.
// "Head of Product Marketing" on company blogs' author cards. A title
// may open with an adjective for the beat ("Thabo Mokone Parliamentary
// editor" on South African, "Sina Zehrfeld Landespolitische
// Korrespondentin" on German news pages' text copies), told by its ending;
// captured second, so that a surname of that ending can stay ("Jane Neal Editor").
// Not "-ic": surnames end so ("Ana Maria Petrovic Editor").
constexpr char kJobTitle[] =
    "(\\b(?:(\\w+(?:ary|al|ics|ische|ischer|liche|licher))\\s+)?"
    "(?:writer|editor|reporter|correspondent|columnist|contributor|analyst|journalist|producer|"
    "redakteur(?:in)?|reporterin|korrespondent(?:in)?|journalistin|r\\x{e9}dact(?:eur|rice)|journaliste|"
    "periodista|giornalista|redactor(?:a)?|(?:senior|lead|chief|staff|managing|contributing|executive|"
    "associate|deputy)\\s+\\w+|head\\s+of\\s+\\w+)\\b)";

// A byline label a text copy prints far from its headline (an author box
// after a blog's body: "Written by Jane Roe", "Author: Jane Roe"): a "by"
// or a colon. A label word alone may start a menu's entry or a heading
// there ("Text Generation API" on a product site's menu).
// The piece's noun may lead the verb, as in kBylinePrefix: "This post was
// written by Jane Roe".
constexpr char kSpelledBylineLabel[] =
    "(?i)^\\W*(?:\\w+\\s+){0,2}by\\b|^\\W*" PITH_PIECE_WRITTEN_BY "\\b|"
    "^[^:\\x{ff1a}]{1,24}[:\\x{ff1a}]";

// A relative date or a reading time printed after the names on a line of
// a text copy ("Jane Roe|Published 15 hours ago", "Jane Roe 2 minutes
// read"): the numbers in it are no heading's or caption's. News pages of
// two sites.
// A desk that signs a piece, its name ending in the word for its people
// ("Acme Staff", "Northside staff", "Acme Connect Team"): a text copy prints it
// as an author card, the name twice, as it does a person's. News sites and
// company blogs (three sites).
constexpr char kDeskName[] = "(?i)^(?:\\S+\\s+){1,4}(?:staff|team|desk|newsroom|redaktion|redacción|rédaction)$";

// Chinese news pages close the text with the responsible editor's credit,
// often in brackets: "(责编：王小明、李华)", "[责任编辑:王小明]". A page
// that names no writer credits the piece to them (a national daily's page
// prints it alone; a portal's page puts the same name in its author tag).
// Group 1: the names.
constexpr char kEditorCredit[] = "^[(\\[（【]?\\s*(?:责编|责任编辑)\\s*[:：]\\s*([^()\\[\\]（）【】]+?)\\s*[)\\]）】]?$";

// A byline clause inside a text copy's date line, not as a field of its
// own: after a sentence ("... beyond the U.S. and Canada. By Jane Roe on
// Dec. 19, 2025"), after the date ("August 12, 2025 By Acme Team"), or
// after a posting verb ("Posted on May 3, 2025 Posted by Jane Roe 59
// Comments"). A blog and a trade news page (two sites). A reviewer's or
// an editor's "by" ("Reviewed by Jane Roe, ... on March 3, 2025") opens
// none. "Von", "Par", "Por" and Dutch "Door" (a made-up news meta line)
// start a clause as "By" does, in lower case too ("Geschrieben am 14.
// November 2009 von Stefan", old German blog themes). Drupal's "Submitted by jane on Tue, 03/02/2010 - 10:12" opens
// with its own verb (made-up probes of old blog and CMS themes). Captured: the
// by-word, and what follows it.
constexpr char kDateLineByClause[] =
    "(?:^|[.!?]\\s+|\\d\\s+|\\b(?:[Pp]osted|[Ww]ritten|[Pp]ublished|[Rr]eported|[Ss]ubmitted)\\s+)"
    "([Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\\s+(\\S.*)$";

// The marks that set a date line's fields apart in a text copy ("May 3,
// 2024 · 12 min · Jane Roe", "Le Journal | 12.06.2023 | Par Jane Roe",
// "Veröffentlicht am 9. Mai 2024, 08:15 Uhr, Jane Roe"): blogs and news
// pages of several sites print the author as one field of the line.
// Forum and blog themes set the author's name off with a guillemet ("by
// Jane Roe » Mon Aug 19, 2024 7:05 pm", "von Jane Roe » Mo 19. Aug 2024").
constexpr char kDateLineField[] = "(\\s+(?:·|•|\\||—|–|»)\\s*|\\s*(?:·|•|\\||—)\\s+|,\\s+)";

constexpr char kTimeAfterNames[] =
    "(?i)(?:\\bpublished\\s+)?\\b\\d+\\s+\\w+\\s+ago\\b|\\b\\d+\\s*-?\\s*min(?:ute)?s?\\.?\\s+read\\b";

// The "By" headings of business sites' menus ("By Company Size", "BY
// ROLE", "By Industry"), which a text copy prints as lines of their own:
// a facet the site's products or posts are sorted by, not a name.
// The heading over a guide's contents list in a text copy (guides and
// long reviews: "Table of Contents", "Jump to chapter", "Sections in this
// article", "On this page", "Inhalt"). Only the line right above a list
// whose entries come back as subheads is tried.
constexpr std::size_t kContentsHeadMaxBytes = 60;
constexpr char kContentsHead[] =
    "(?i)^\\W*(?:toggle |show |hide )?(?:table of contents?|contents|article contents?|"
    "(?:jump|skip|go) to(?: (?:chapter|section))?(?:\\.\\.\\.)?|(?:sections )?(?:in|on) this (?:article|page|post|guide)|"
    "inhalt|inhaltsverzeichnis|sommaire|[i\\x{ed}]ndice|contenido|contenuti|inhoud|spis tre[s\\x{15b}]ci)\\W*$";

// The label of a sign-up box's e-mail field, a line of its own in a text
// copy ("Enter your email", "Your Email Address*", "E-Mail*"): newsletter
// and demo-request boxes set inside or under articles on business blogs,
// newsletters' pages and news sites alike. A bare "Email" is a share
// button's label, so it needs an address, a "your" or a required mark.
// A copy may print the field's placeholder address instead
// ("youremail@email.com", "name@example.com"; news sites' newsletter
// boxes and business blogs' forms), never a real one, or its prompt
// ("Type your email...": newsletter-platform posts of several writers).
constexpr std::size_t kSignUpFieldMaxBytes = 60;
constexpr char kSignUpField[] =
    "(?i)^\\W*(?:(?:please )?(?:enter|type) (?:your )?e-?mail(?: address)?(?: here| below| to subscribe)?|"
    "(?:your |work |business |ihre |deine |votre )?(?:e-?mail[ -]?(?:address|adresse)|adresse e-?mail)|"
    "(?:your|work|business) e-?mail|e-?mail\\s*\\*|"
    "(?:your[-._]?)?(?:e-?mail|name|user|you|your|example)@(?:e-?mail(?:address)?|example|domain)\\.(?:com|org|net))"
    "\\s*(?:[*:]|\\.\\.\\.|\\x{2026})?\\s*$";

// The fine print under a sign-up or lead form's button, opening its line:
// "By signing up you consent to receive ...", "By clicking \"Join\" you
// are agreeing to our Terms ..." (newsletter boxes of news sites, trial
// and quote forms of business blogs). The reader's own "you" or "I"
// agreeing tells it from a story about such terms. Or the promise under a
// newsletter's pitch: "No spam, we promise. You can unsubscribe at any
// time ...", "... Modify your preferences or unsubscribe at any time."
// (science news and personal finance sites).
// Only the line's first kSignUpFinePrintLeadBytes are read: the words
// stand near its start, and a bounded repeat in the pattern would cost
// start-up a copy of its class per character.
constexpr std::size_t kSignUpFinePrintLeadBytes = 200;
constexpr char kSignUpFinePrint[] =
    "(?i)^\\W*(?:by (?:signing up|subscribing|clicking|submitting|registering|entering|providing|creating|using)\\b"
    "[^.!?]*?\\b(?:you|i)\\b[^.!?]{0,20}?\\b(?:agree|consent|accept|acknowledge)|"
    ".*?\\b(?:you can|or) unsubscribe (?:at )?any ?time\\b)";

// The head of a press release's company box under the text: "About"
// and a name in capitals, in English, German, French, Spanish,
// Portuguese, Italian and Dutch ("About Brightwater Analytics", "Chi è
// Valfiorita Mobilità"). Measured on unseen news pages carrying wire press
// releases. An article may stand before the name, as German releases set
// it ("Über die Nordhessische Kältetechnik AG", company pages of made-up
// probes). Captured: the article, if any, and the name, which the box's
// paragraph then opens with.
constexpr std::size_t kCompanyBoxHeadMaxBytes = 100;
constexpr char kCompanyBoxHead[] =
    "^(?:About|ABOUT|\\x{dc}ber|\\x{c0} propos de|A propos de|Acerca de|Sobre|Chi \\x{e8}|Informazioni su|Over)\\s+"
    "((?:the|die|der|das|den|la|le|les|el|il|lo|de|het)\\s+|l')?(\\p{Lu}[^.!?:]{1,60}?)\\s*:?$";

// The longest kPressContactHead form ("press and investor enquiries:",
// "kontakt f\x{fc}r die presse") with room to spare; a longer line is a sentence.
constexpr std::size_t kPressContactHeadMaxBytes = 48;
// The head of a press release's contact box under the text, with or
// without a company box above it: "Media contact:", "Press enquiries",
// "Pressekontakt", "Kontakt f\x{fc}r die Presse", "Contact presse"; the
// name, address, phone and e-mail follow. Made-up releases of English and
// German companies, associations and utilities. Asked only of lines that
// hold one of kPressContactWords.
constexpr char kPressContactHead[] =
    "^(?:(?:press|media|news)(?: and (?:media|press|investor))? ?(?:contacts?|enquiries|inquiries|office)|"
    "contacts? for (?:the )?(?:press|media)|for (?:press|media) (?:enquiries|inquiries)|"
    "(?:presse|medien)(?:-| und (?:medien|presse))?kontakte?|kontakt f\\x{fc}r (?:die )?(?:presse|medien)|"
    "contacts? (?:presse|m\\x{e9}dias?)|contactos? (?:de )?(?:prensa|medios)|contatt[oi] (?:per la )?stampa|"
    "perscontact|persvragen)\\s*:?$";

// The longest kPollHead form ("ihre meinung ist gefragt!", "today's poll
// of the week") with room to spare.
constexpr std::size_t kPollHeadMaxBytes = 40;
// The head of a reader poll set under the text, over its question, its
// options or results and its vote button: "Poll", "Reader poll",
// "Umfrage", "Ihre Meinung ist gefragt", "Sondage", "What do you think?".
// Made-up news pages of English and German papers whose poll boxes carry
// no class. Asked only of lines that hold one of kPollHeadWords.
constexpr char kPollHead[] =
    "^(?:(?:reader'?s?'? |our |quick |weekly |daily |today'?s )?poll(?: of the (?:day|week))?|"
    "(?:leser-?|online-?)?umfrage(?: der woche| des tages)?|abstimmung|(?:ihre|deine) meinung ist gefragt|"
    "sondage(?: du jour)?|encuesta(?: del d\\x{ed}a)?|sondaggio|peiling|what do you think\\?)\\s*[:!]?$";

// What shows a reader poll under a kPollHead, as a section of prose does
// not: its vote or results button's label ("Vote", "Abstimmen", "View
// results", "Ergebnis"), or an option with its share ("Ja: 58 Prozent",
// "No 34%"). Made-up poll boxes of English and German papers; the labels
// also in French, Spanish, Italian and Dutch. Lower-cased, compared whole.
constexpr std::size_t kPollVoteLabelMaxBytes = 30;
constexpr std::string_view kPollVoteLabels[] = {
    "vote", "vote now", "submit vote", "cast your vote", "view results", "see results", "show results", "results",
    "abstimmen", "jetzt abstimmen", "ergebnis", "ergebnisse", "ergebnis anzeigen", "ergebnisse anzeigen",
    "voter", "voir les r\xc3\xa9sultats", "r\xc3\xa9sultats", "votar", "ver resultados", "resultados", "vota", "stem"};
constexpr std::size_t kPollShareLineMaxBytes = 60;
constexpr std::string_view kPollShareWords[] = {"prozent", "percent", "per cent", "pour cent", "por ciento",
                                                "per cento", "procent"};

// The link an e-mailed newsletter puts over or under its text to open the
// issue as a web page: "View it in your browser", "View this email
// online", "Im Browser ansehen", "Voir dans le navigateur". Newsletter
// posts of two platforms kept it as the text's first line ("Is this email
// not displaying correctly? View it in your browser."). Each form has a
// verb and names the browser or the message, as a link in an article's
// own words ("the web version") does not. Lower-cased, the whole link
// text; asked only of links holding one of kEmailViewLinkWords.
constexpr std::size_t kEmailViewLinkMaxBytes = 80;
constexpr std::string_view kEmailViewLinkWords[] = {"browser", "navega", "navigat", "online", "web", "en ligne", "en l\xc3\xadnea"};
// The words around such a link on the newsletter's own line point at the
// mail itself ("Is this email not displaying correctly?"); an article's
// sentence that offers a product's web version ("or you can open the web
// version for free", "Gmail users can still open the web version") does
// not. Lower-cased.
constexpr std::string_view kThisMail[] = {
    "this email",     "this e-mail",      "this message",   "this newsletter", "diese e-mail",   "diese nachricht",
    "dieser newsletter", "diesen newsletter", "cet e-mail",  "cet email",       "ce message",     "ce courriel",
    "cette newsletter", "este correo",     "este mensaje",   "este email",      "questa email",   "questo messaggio",
    "deze e-mail",    "deze nieuwsbrief", "dit bericht"};
// Or, on a line that says the mail may not show right ("Wird der
// Newsletter nicht korrekt angezeigt?", "Si ce mail ne s'affiche pas"),
// the mail named by one of these words, whole (not "Gmail").
constexpr std::string_view kMailNouns[] = {"mail",     "email",    "e-mail",    "newsletter", "correo",
                                           "courriel", "nachricht", "nieuwsbrief", "messaggio", "mensaje"};
constexpr std::string_view kShowsBadlyCues[] = {"display",  "viewing",      "trouble",    "problem",
                                                "angezeigt", "dargestellt", "affiche",    "visualizz",
                                                "ves bien", "weergegeven",  "correctly",  "correctement",
                                                "korrekt",  "richtig",      "correttamente", "correctamente"};
// Or the issue's title stands before the link after one of these marks
// ("<title> :: View in Browser").
constexpr std::string_view kTitleBeforeLinkMarks[] = {"::", "|", "\xc2\xb7", "\xe2\x80\xa2", "\xe2\x80\x93", "\xe2\x80\x94", " -"};
#define PITH_THIS_MAIL "this(?: (?:e-?mail|newsletter|issue|edition|message|post))?"
constexpr char kEmailViewLink[] =
    "^(?:(?:view|read|open|see|display)(?: (?:it|" PITH_THIS_MAIL "))? (?:in (?:your|a|the) (?:web )?browser|"
    "in browser|as a web ?page)|(?:view|read|open|see|display) (?:it|" PITH_THIS_MAIL ") (?:online|on the web)|"
    "(?:view|read|see|open) (?:the )?(?:web|online|browser) version(?: of " PITH_THIS_MAIL ")?|"
    "(?:(?:diese[n]? )?(?:e-?mail|newsletter|nachricht) )?(?:im|in ihrem|in deinem) browser "
    "(?:ansehen|anzeigen|\\x{f6}ffnen|lesen)|(?:web|online)-?(?:version|ansicht) (?:ansehen|anzeigen|\\x{f6}ffnen)|"
    "(?:voir|afficher|lire|consulter|ouvrir)(?: cet e-?mail| cette newsletter| la newsletter)? dans (?:votre|le|un) "
    "navigateur|(?:voir|afficher|lire|consulter|ouvrir) (?:cet e-?mail|cette newsletter|la newsletter) en ligne|"
    "(?:voir|afficher|lire|consulter) la version (?:en ligne|web)|"
    "(?:ver|abrir|leer)(?: este (?:correo|e-?mail|bolet\\x{ed}n)| el bolet\\x{ed}n)? en (?:el|tu|su) navegador|"
    "(?:ver|abrir|leer) (?:este (?:correo|e-?mail|bolet\\x{ed}n)|el bolet\\x{ed}n) (?:en l\\x{ed}nea|online)|"
    "ver (?:la )?versi\\x{f3}n (?:web|en l\\x{ed}nea|online)|"
    "(?:visualizza|vedi|apri|leggi)(?: questa (?:e-?mail|newsletter))? (?:nel|sul) (?:tuo )?browser|"
    "(?:visualizza|vedi) la versione (?:web|online)|"
    "bekijk(?: deze (?:e-?mail|nieuwsbrief))? in (?:je|uw|de) browser|bekijk deze (?:e-?mail|nieuwsbrief) online|"
    "bekijk de webversie)"
    "\\s*[.!:\\x{bb}\\x{203a}\\x{2192}>]*$";

// A line made only of a blog engine's shortcodes, printed as text when the
// plugin that renders them is gone: "[/vc_column_text][/vc_column][/vc_row]"
// (a page builder's grid), "[convertkit form=1630175]" (a sign-up form),
// "[embed]https://...[/embed]". At least one tag closes, takes an
// attribute or has an underscore in its name, so that a lone "[Update]" or
// an INI section "[server]" is no shortcode. Blog pages of two sites, HTML
// and text copies.
constexpr std::size_t kShortcodeLineMaxBytes = 300;

// Japanese papers sign a story with the writer in full-width brackets, alone
// on a line at its start or end: the writer's title and name,
// "（編集委員・山田太郎）", "（社会部 山田太郎）" (a senior writer, a desk),
// or the place reported from and the name joined by an equals sign,
// "【ワシントン＝山田太郎】", "（ニューヨーク＝佐藤花子、鈴木一郎）" (national
// dailies and a business daily print both). The titles end in 委員
// (editorial board member), 特派員 (correspondent), 記者 (reporter), 部
// (desk), 支局/総局 (bureau). Group 1: the names.
constexpr char kBracketedCjkCredit[] =
    "[（【]\\s*(?:[\\p{Han}\\p{Katakana}\\p{Hiragana}ー]*?(?:委員|特派員|特派员|記者|记者|部|支局|総局)\\s*[・\\s]|"
    "[\\p{Han}\\p{Katakana}\\p{Hiragana}ー]+\\s*[＝=])\\s*([\\p{Han}\\p{Katakana}\\p{Hiragana}ー・、 ]+?)\\s*[）】]";
// Longer lines are sentences, not a credit (ten names and their brackets).
constexpr std::size_t kBracketedCjkCreditMaxBytes = 160;
// The sign-off a wire story closes with, maybe in brackets: "Reporting by
// Jane Roe and John Doe; Editing by Ann Lee", "(Reporting by Jane Roe in
// Kyiv, additional reporting by ...; Writing by ...)" (agency copy as wire
// sites and the papers that reprint it print it). Group 1: the reporters,
// up to the first other role's "<role> by" after a comma or semicolon.
constexpr char kWireSignOff[] =
    "(?i)^[(\\[]?\\s*reporting\\s+by\\s+([^;()\\[\\]]+?)\\s*(?:[;,]\\s*(?:[\\w-]+\\s+){1,2}by\\b[^()\\[\\]]*)?"
    "[)\\].]?\\s*$";
// Four roles with their names and places; longer lines are paragraphs.
constexpr std::size_t kWireSignOffMaxBytes = 400;
// How far into the line "reporting" may start: after a bracket and spaces.
constexpr std::size_t kWireSignOffLeadBytes = 4;
// The wire dateline that opens an Asian news story's first paragraph and
// credits its reporters there, glued to the first sentence: Chinese
// "新华社北京3月8日电（记者王小红、李华）" (the state agency, the papers that
// reprint it, and the other agencies' "中新网3月8日电（记者 王小红）"), a
// paper's own "本报讯（记者 张伟）" (this paper reports), also unbracketed up
// to its "reports", "本报讯 记者 张伟 通讯员 李华 报道"; Korean "(서울=연합뉴스)
// 김민수 기자 = 시의회가 ..." (the place and the agency in brackets, then the
// reporter and an equals sign: three agencies and the papers reprinting
// them); Taiwan's agency and the papers reprinting it name the reporter
// before the place and the day, "（中央社記者王小明台北5日電）" or, for two,
// "中央社記者王小明、陳大文華盛頓4日專電": no mark parts the name from the
// place, and a Chinese name is three characters far more often than two,
// so the last name takes three when two or more are left for the place
// (made-up lead paragraphs in that style). Groups 1 to 4: the names. Not the Japanese "【ワシントン＝山田太郎】"
// that opens a national daily's text: fundus truth credits that paper's
// pages to the paper.
constexpr char kWireLeadCredit[] =
    "^(?:[^\\s（(]{1,40}?(?:电|電|讯|訊)\\s*[（(]\\s*(?:本报|本報)?(?:记者|記者)\\s*([^）()]{2,40}?)\\s*[）)]|"
    "[^\\s（(]{1,40}?(?:讯|訊)\\s*(?:本报|本報)?(?:记者|記者)\\s*([^\\s，,。:：（()）]+(?:\\s+[^\\s，,。:：（()）]+){0,3}?)\\s*(?:报道|報導)|"
    "(?:[(\\[（]\\s*\\p{Hangul}+\\s*[=＝][^)\\]）]{1,30}[)\\]）]\\s*)?"
    "(\\p{Hangul}{2,4}(?:\\s*[,·ㆍ]\\s*\\p{Hangul}{2,4})*)\\s*(?:선임기자|기자|특파원)\\s*[=＝]|"
    "[（(]?[^\\s（(]{0,12}?(?:記者|记者)((?:\\p{Han}{2,3}[、，,])*(?:\\p{Han}{3}|\\p{Han}{2}))\\p{Han}{2,8}?"
    "\\d{1,2}日(?:專|专)?(?:電|电)(?:[）)\\s]|$))";
// How far into the first paragraph a lead credit's reporter title may sit:
// an agency, a place and a day, a reporter's title (Chinese and Korean
// lead credits run to about 30 characters, 3 bytes each).
constexpr std::size_t kWireLeadCreditScanBytes = 120;

// Any tags, one marked tag (closing, underscored or with an attribute), any tags.
constexpr char kShortcodeLine[] =
    "(?i)^\\s*(?:\\[/?[a-z][a-z0-9_-]*(?:[ \\t][^\\[\\]]*)?\\](?:https?://[^\\s\\[\\]]+)?\\s*)*"
    "(?:\\[/[a-z][a-z0-9_-]*\\]|\\[[a-z][a-z0-9-]*_[a-z0-9_-]*(?:[ \\t][^\\[\\]]*)?\\]|"
    "\\[[a-z][a-z0-9_-]*[ \\t][^\\[\\]]*=[^\\[\\]]*\\])(?:https?://[^\\s\\[\\]]+)?\\s*"
    "(?:\\[/?[a-z][a-z0-9_-]*(?:[ \\t][^\\[\\]]*)?\\](?:https?://[^\\s\\[\\]]+)?\\s*)*$";

// A video's or audio's length alone on its line, the stamp of a player
// box set in the article ("Duration 1:30", "VIDEO04:42", "01:48 min",
// "00:00:49"; news sites' video boxes in text copies). A bare "m:ss" must
// not read as a clock time: no hour but 0, or minutes past 23.
constexpr std::size_t kMediaLengthMaxBytes = 30;
constexpr char kMediaLength[] =
    "(?i)^(?:(?:duration|dauer|dur\\x{e9}e|duraci\\x{f3}n|l\\x{e4}nge|video|vid\\x{e9}o|audio)\\s*:?\\s*"
    "\\d{1,2}(?::\\d{2}){1,2}|\\d{1,2}(?::\\d{2}){1,2}\\s*min\\.?|\\d{1,2}:\\d{2}:\\d{2}|0?0:\\d{2}|"
    "(?:2[4-9]|[3-5]\\d):\\d{2})$";

// The word "by" opening a line, maybe after one word ("By", "Written by",
// "Posted by"): a text copy's byline says it, a menu's label word does not
// ("Text Alerts").
constexpr char kByWord[] = "(?i)^\\W*(?:\\w+\\s+)?by\\b";

constexpr char kMenuFacet[] =
    "(?i)^\\W*by\\s+(?:company|role|industry|industries|region|topic|category|type|size|product|team|"
    "use case|location|department|audience|need|solution|business)s?\\b";

// Hearst's and other magazine sites print the name and the date label in
// adjacent elements with no space: "Korin MillerPublished: Jan 29",
// "Amanda FurrerUpdated: Mar 3". A lower-case letter then a capitalised
// label: the label starts a new word.
// The same with the profile links and the job title in their own
// elements: "Jane RoeTwitterEmail", "Jane RoeSenior Reporter".
constexpr char kGluedBylineLabel[] =
    "(\\p{Ll})((?:Published|Updated|Posted|Last Updated|Reviewed|Ver\\x{f6}ffentlicht|Aktualisiert|"
    "Publi\\x{e9}|Mis \\x{e0} jour|Senior|Staff|Lead|Chief|Contributing|Managing|Executive|Associate|"
    "Deputy|Writer|Editor|Reporter|Correspondent|Columnist)\\b|"
    // The profile links glued to each other too ("TwitterEmail").
    "Twitter|Facebook|LinkedIn|Instagram|Email)";

// An outlet written as its address after the name: "Aashish Saxena /
// TIMESOFINDIA.COM", "Povilas Aleksandravičius, Lrt.lt".
constexpr char kOutletAddress[] = "(?i)^[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|net|org|[a-z]{2})$";

// A photo credit: the photographer glued by a slash to the agency, no
// space on either side ("Chuck Burton/AP", "Win McNamee/Getty Images",
// "Olena Shmahalo/Quanta Magazine" on news and science magazine pages). A
// byline that names an outlet spaces the slash ("Aashish Saxena /
// TIMESOFINDIA.COM").
constexpr char kPhotoCreditName[] = "^[^/\\s](?:[^/]*[^/\\s])?/[^/\\s](?:[^/]*[^/\\s])?$";

// The opening of an author's bio: a name of two to four capitalised words,
// then "is a", "is an", "is the" ("Jane Doe is a finance writer who ...",
// "Sam is the SEO lead at ..." in the boxes under blog and magazine posts).
// A name never opens with "The" ("The Terraform AWS Provider is a ...");
// only the boxes' place tells a bio from the text's "Google Cloud is a".
constexpr char kPersonBio[] =
    "^(?:[^\\P{Lu}T]|T(?:[^h\\s]|h(?:[^e\\s]|e\\S)))[\\p{L}.'\\x{2019}-]*(?: \\p{Lu}[\\p{L}.'\\x{2019}-]+){1,3} is (?:an?|the) ";
// kPersonBio's loose form, tried first: its letter classes cost 25 M
// instructions to compile, which a page whose blocks open with no such
// words ("Jane Doe is a") need not pay. Loosened keeps the negated class.
constexpr char kPersonBioLoose[] = "^\\S+(?: [A-Z\\x{80}-\\x{10FFFF}]\\S+){1,3} is (?:an?|the) ";

// A link to an author's own page, a path segment "author(s)" or
// "contributor(s)" and the author's slug after it ("/authors/jane-doe",
// "./author/jane-doe", "/contributor/Jane-Doe/9347686"): blog and magazine
// themes link the byline's name so without classing it. News sites write
// the word in their language ("/autoren/jana-roth-537799", "/auteur/",
// "/autores/", "/autor/", "/autori/": German, French, Spanish, Czech,
// Polish and Italian news pages of many sites) and may set an id before
// the slug ("/authors/1804821/jane-roe", two sites). Staff pages go by
// other folder names as well: "/profile(s)/", "/profils/", "/staff/",
// "/people/", "/byline/", "/experts/" (news, health and magazine pages of
// several sites whose byline link carries no author class). A one-page
// app's route after "#" ("/s/#/profile/my_info", a member menu) is no page.
constexpr char kAuthorPageLink[] =
    "(?:^/?|[^#]/)(?:authors?|contributors?|autor(?:en|es|i|e)?|auteurs?|profiles?|profils?|staff|people|bylines?|experts?)/(?:\\d+/)?[^/?#\\s]+/?(?:\\d+/?)?(?:[?#]|$)";
// How kAuthorPageLink's folder names begin, one of which opens the address
// or follows a slash in every address it matches: looking for them is a
// cheap test before the pattern, which was searched over every link of a
// page at a thousand instructions and more each.
constexpr std::string_view kAuthorPageFolderStems[] = {"author", "contributor", "autor",  "auteur", "profil",
                                                       "staff",  "people",      "byline", "expert"};

// The lines of a credit box that name editors, photographers and
// translators (Google's SRE book: "Written by ... / Edited by ..."), and
// the expert who checked a health or finance guide ("Medically reviewed by
// ... — Written by ...", health and money sites' header credits).
constexpr char kNonAuthorCredit[] = "^\\s*" PITH_NON_AUTHOR_CREDIT_BY;

// A credit box's line that opens with a photographer's label and its colon
// ("Photos: John Doe", "Фото: Мария Ким"). Apart from kNonAuthorCredit: a
// line "Photo: Agency/Name" credits a picture and labels no name under it.
constexpr char kPhotoCreditLine[] = "(?i)^\\s*" PITH_PHOTO_CREDIT_LABEL "\\s*:";
// How far into a line a photographer's label's colon may be ("Fotografie :").
constexpr std::size_t kPhotoCreditLabelBytes = 24;

// A name with a non-author role in brackets after it: "and Adrian
// Malloch (photography)" (the Guardian's long reads).
constexpr char kNonAuthorNote[] =
    "(?i)(?:^|\\band\\b|&|,)?[^,;&()]*\\((?:photography|photographs?|photos?|pictures|video|"
    "illustrations?|graphics|editing|editor|design|translation)\\)";

// Blogs print the section a post is filed in after the names, "in" then
// its capitalised name: "by Stephen Bay in Growth", or on a line of its
// own, "in Festivals & Events". Photography and film blogs. So goes the
// group a writer posts for, "on behalf of" then its name: "By Jane Roe on
// behalf of the Release Team", "Jean Roe au nom de l'équipe" (project and
// association blogs).
constexpr char kBylineSection[] =
    "(?:^|\\s)(?:in\\s+\\p{Lu}|(?i:on\\s+behalf\\s+of|au\\s+nom\\s+d[eu']|en\\s+nombre\\s+de|im\\s+namen\\s+d)).*$";

// News bylines name the outlet a freelance wrote for after the names,
// "for" then its capitalised name: "By Jane Roe for The Guardian", "By Jane
// Roe and John Doe for Reuters", and in title case "By Jane Roe For
// MailOnline". Only after "By": a title's "Tips for Working Moms" is no
// byline's outlet. The outlet is its run of capitalised words, so that a
// second writer's name and outlet after it stay: "By Jane Roe for Reuters
// and John Doe for AP".
constexpr char kBylineOutletFor[] = "\\s[Ff]or\\s+(?:[Tt]he\\s+)?\\p{Lu}[^\\s,]*(?:\\s+(?:of\\s+|&\\s+)?\\p{Lu}[^\\s,]*)*";

// Japanese book and column pages put the role after the name: 著
// (written), 編著 (edited and written), 作/文/編 (work, text, edited) after a
// space, and 訳/監訳/監修 (translated, supervised the translation or the
// book) for people who are not its authors. Japanese and Korean news
// pages put the reporter's title after the name: 記者 (reporter), and
// 기자 (reporter), 특파원 (correspondent), 선임기자 (senior reporter) in
// Korean, spaced or not ("김민수 기자"). Captured: an author's role
// (unspaced, then spaced), or another's.
constexpr char kNameRoleSuffix[] =
    "(?:\\s*(著|編著|記者|기자|선임기자|특파원)|\\s+(作|文|編)|\\s*(訳|監訳|監修))$";

// The reporter's title that labels a Korean or Japanese byline from its
// end, as "By" does from the start: "김민수 기자", "佐藤花子記者". After a
// name's letter, so that the title alone labels nothing.
// A Korean byline may stand in brackets with the outlet: "[한빛일보 김민수 기자]".
// A Korean wire story's byline ends with an equals sign before the text
// ("김민수 기자 =").
constexpr char kReporterSuffix[] = "[^\\s\\p{P}]\\s?(?:記者|기자|선임기자|특파원)\\s*[\\])）】]?\\s*[=＝]?\\s*$";

// Chinese and Japanese info lines print their fields as "label：value" one
// after another, set apart by spaces or by nothing at all ("2024-03-05
// 09:12　来源：例报　作者：王小明　编辑：李华", "来源：例报作者：王小明"): the
// byline label that opens a field after a space, or, for the two-character
// labels, right after another field's value (news pages of two Chinese
// sites print both forms). The field's value ends at the next wide space,
// bar or dot, at a space before another label or a number, or at a source's
// or an editor's label glued to it, as the fields' spans print with nothing
// between them ("作者：王小明来源：例报", made-up pages of the two forms
// above; a name does not end in such a label). A credit line may print the
// reporter's title without a colon right after the source's field
// ("来源：新华社 记者 王小明", news pages of two Chinese sites), with a
// space after it, as "记者从..." (the reporter learned) in a sentence has
// none.
constexpr char kCjkBylineField[] =
    "(?:(?:^|[\\s\\x{3000}])((?:作者|记者|記者|撰文|撰稿|文|著者|筆者|執筆者?)\\s*[:：])|"
    "[:：][^\\s\\x{3000}]+[\\s\\x{3000}]+((?:本报|本報)?(?:记者|記者)[\\s\\x{3000}]+)|"
    "[:：][^\\s\\x{3000}]*?((?:作者|记者|記者)\\s*[:：]))\\s*"
    "(.*?)\\s*(?:[\\x{3000}|\\x{00B7}\\x{2022}]|\\s+\\p{Han}+\\s*[:：]|\\s+\\d|"
    "(?:" PITH_CHINESE_SOURCE_LABEL "|(?:责任)?编辑|(?:責任)?編輯)\\s*[:：]|$)";

// A nickname in brackets or quotes between a first name and a surname:
// "Robert (Bob) Miller", "Robert \"Bob\" Miller", or a maiden name
// ("Jane (Doe) Roe") on blogs and magazines. Captured: the bracketed word,
// which stays in the name instead of splitting it in two.
constexpr char kBracketedNickname[] =
    "\\p{Lu}[\\p{L}.'\\x{2019}-]*\\s+([(\"\\x{201c}]\\p{Lu}[\\p{L}.'\\x{2019}-]*[)\"\\x{201d}])\\s+\\p{Lu}";

// Health and law sites sign with degrees: "Rachael Link, MS, RD". Medical
// and veterinary health sites (two) add board fellowships and diplomas:
// "Jane Roe, MD, FOMA, DABOM", "Jane Roe, VMD, DACVB". Dietitians' pages
// (two sites) add their fellowship and licences: "Jane Roe, MS, RD, FAND",
// "Jane Roe, RDN, CDCES, LD".
constexpr char kAuthorCredential[] =
    "(?:ph\\.?\\s?d\\.?|m\\.?d\\.?|ms|msc|m\\.?a\\.?|mba|mph|rd|rdn|rn|jd|esq\\.?|bsc|b\\.?a\\.?|"
    "lcsw|cde|dvm|pharmd|cscs|ibclc|facc|facp|frcp|mrcp|dds|dmd|np|pa-c|crnp|lpc|lmft|cpa|"
    "faafp|faap|facs|faclm|foma|dabom|dacvb|dacvim|vmd|lvt|fand|cdces|ld)";

// The wires, as bylines and datelines print them ("By REUTERS",
// "PTI, Washington", "By The Associated Press", "By Reuters Staff"), in
// any case.
constexpr char kAgencyName[] =
    "(?:the\\s+)?(?:(?:\\b(?:ap|afp|reuters|pa|dpa|efe|ansa|bloomberg|associated press|agence france-presse|"
    "press association|pa media|upi|xinhua|kyodo|jiji|tass|ria novosti|interfax|aap|cp|pti|ians|ani|"
    "uni|yonhap|anadolu|apa|sda|ats|ntb|tt|ritzau|ctk|pap|mti|anp|belga|lusa|epa|kna|cna|nzpa|"
    "canadian press|australian associated press|bernama|antara|wafa|mena|sana|irna|qna|wam|spa|kuna|"
    // Central and South-East European wires as their own bylines print them
    // (Czech "ČTK" keeps its háček, and \\b knows no Č).
    "tasr|hina|tanjug|agerpres|stt|"
    // Turkish wires after the reporter's name ("Fatma Kurt / DHA", "IHA"
    // typed without its dot; not "AA", which initials write too).
    "dha|iha)|\\x{10d}tk)\\b|"
    // Russian and Ukrainian wires in Cyrillic ("Елена Иванова, ТАСС",
    // "Тарас Мельник, Укрінформ"), whose last letter \\b cannot see: made-up
    // news bylines of Russian and Ukrainian sites.
    "(?:\\x{442}\\x{430}\\x{441}\\x{441}|\\x{440}\\x{438}\\x{430} \\x{43d}\\x{43e}\\x{432}\\x{43e}\\x{441}\\x{442}\\x{438}|"
    "\\x{438}\\x{43d}\\x{442}\\x{435}\\x{440}\\x{444}\\x{430}\\x{43a}\\x{441}|\\x{443}\\x{43a}\\x{440}\\x{456}\\x{43d}\\x{444}\\x{43e}\\x{440}\\x{43c}|"
    "\\x{443}\\x{43d}\\x{456}\\x{430}\\x{43d})(?:$|\\s))(?:\\s+staff)?"
    "(?:\\s*/\\s*\\S+)?\\.?";

constexpr char kAgencyLine[] =
    "^(?:AP|AFP|Reuters|PA|dpa|EFE|ANSA|Bloomberg|Associated Press|Agence France-Presse|"
    "Press Association|PA Media|UPI|Xinhua|Kyodo|TASS|AAP|CP|(?:AP|AFP|Reuters|PA)\\s*/\\s*\\S+)"
    "[.]?$";

// ---- Dates ---------------------------------------------------------------

// From pages that print "Published ... Updated ..." on one line, and
// the news sites that show only the update time.
// The update's label in the languages of the month names (dates.cc), and
// Chinese "更新时间", Russian "обновлено", Turkish "güncelleme", Greek
// "ενημέρωση", Arabic "آخر تحديث", Hindi "अपडेटेड", Indonesian
// "diperbarui", Polish "zaktualizowano", Czech "aktualizováno": a news
// page's "published" and "updated" lines in those languages (made-up
// pages; the update was taken as the publication when first met).
constexpr char kModifiedLabelBefore[] =
    "(?:updated|last updated|modified|last modified|mis à jour(?: le)?|actualisé(?: le)?|"
    "aktualisiert(?: am)?|geändert(?: am)?|actualizado(?: el)?|modificado(?: el)?|aggiornato(?: il)?|"
    "atualizado(?: em)?|bijgewerkt(?: op)?|(?:最后|最終|最新)?更新(?:日|日期|时间|時間|日時)?|업데이트|수정|"
    "(?:последнее )?обновлен(?:о|ие)|(?:son )?güncel(?:leme|lenme)(?: tarihi)?|(?:τελευταία )?ενημέρωση|ενημερώθηκε|"
    "(?:آخر )?تحديث|अपडेटेड|अपडेट|diperbarui|zaktualizowano|aktualizacja|aktualizováno)"
    "\\s*(?:on|at|:)?\\s*[:：]?\\s*$";

// What stands before " on <date>" when a line ends with its byline and
// date as a clause: a sentence or the line opens with "By" or a word and
// "by" ("... in three states. By Jane Roe", "Reviewed by Jane Roe, Attorney,").
// A standfirst and a reviewer's note under the headline (two sites).
constexpr char kByClauseLead[] = "(?:^|[.!?]\\s)(?:\\w+\\s+)?[Bb]y\\s+[^\\s\\d].{1,100}$";

// A label that makes the date after it an end, not the day of writing: a
// video's or a draft's expiry ("Verfügbar bis 14.08.2025" beside a news
// video's length, "This note will expire on 3 March 2021"). News and
// standards pages.
constexpr char kExpiryLabel[] =
    "(?:available until|available through|valid until|valid through|expires?(?: on)?|will expire(?: on)?|"
    "verfügbar bis|abrufbar bis|gültig bis|disponible jusqu'(?:au|à)|disponibile fino al)\\s*[:：]?\\s*";

// A label that is all a text copy's line holds before its date, which
// goes on with a reading time or an update ("Published Jun 05, 2026 •
// 3 minute read", "Posted on April 13, 2023 by ..."): text copies of
// news sites and blogs (English, German, Norwegian); travel blogs mark a
// re-publication "(Re)Published:".
constexpr char kDateLabelLead[] =
    "\\s*(?:first |last |originally |\\(re\\)|re-?)?(?:published|posted|updated|modified|veröffentlicht|publiziert|"
    "aktualisiert|publié(?: le)?|mis à jour(?: le)?|publicado(?: el| em)?|actualizado(?: el)?|pubblicato(?: il)?|"
    "aggiornato(?: il)?|publisert|publicerad|publiceret|gepubliceerd(?: op)?|"
    // Dutch blogs' "posted on", Polish news and blogs' "published", "added" and "update".
    "geplaatst(?: op)?|opublikowano|dodano|aktualizacja|"
    // Korean news portals' "posted" and "modified" ("입력 2026.07.12 22:09"),
    // and the "approved" (put online) of the CMS many Korean local papers
    // share ("승인 2026.07.12 22:09", "기사승인").
    "\\x{c785}\\x{b825}|\\x{c218}\\x{c815}|\\x{c2b9}\\x{c778})(?: on| at| am| um)?\\s*[:：]?\\s*";

// The whole text before the date of a link to the previous or next post
// (a diary's "« March 2, 2021", "Previous entry: 2 March 2021", "Ältere
// Einträge", "Billet précédent", "Articolo precedente", "Vorige bericht",
// "Poprzedni wpis", "Предыдущая запись"): the neighbour's day, not the page's.
constexpr char kDateNavLead[] =
    "\\s*(?:[\\x{ab}\\x{2039}\\x{2190}<]+\\s*)?"
    "(?:[\\x{ab}\\x{2039}\\x{2190}<]+|(?:previous|prev|next|older|newer)(?: (?:entry|post|posts|entries))?|"
    "(?:vorherige[rs]?|n\\x{e4}chste[rs]?|\\x{e4}ltere[rs]?|neuere[rs]?)(?: (?:eintr\\x{e4}ge|eintrag|beitrag|artikel))?|"
    "(?:entr\\x{e9}e |article |billet )?(?:pr\\x{e9}c\\x{e9}dente?|suivante?)|"
    "(?:entrada |post |artigo )?(?:anterior|siguiente|pr\\x{f3}ximo)|"
    "(?:articolo |post )?(?:precedente|successivo)|(?:vorige|volgende)(?: (?:bericht|artikel|post))?|"
    "(?:poprzedni|nast\\x{119}pny)(?: (?:wpis|artyku\\x{142}))?|"
    "(?:\\x{43f}\\x{440}\\x{435}\\x{434}\\x{44b}\\x{434}\\x{443}\\x{449}\\x{430}\\x{44f}|"
    "\\x{441}\\x{43b}\\x{435}\\x{434}\\x{443}\\x{44e}\\x{449}\\x{430}\\x{44f})"
    "(?: (?:\\x{437}\\x{430}\\x{43f}\\x{438}\\x{441}\\x{44c}|\\x{441}\\x{442}\\x{430}\\x{442}\\x{44c}\\x{44f}))?)"
    "\\s*[:：]?\\s*[\\x{ab}\\x{2039}\\x{2190}<]*\\s*";

constexpr char kDateNavTail[] = "\\s*[\\x{bb}\\x{203a}\\x{2192}>]+\\s*";

constexpr char kModifiedLabelAfter[] = "^\\s*(?:更新|更新日|수정|업데이트)";

// The publication's label after its date, as Japanese news pages print it
// beside the update's ("2024年3月5日 10:00更新 2024年3月4日 18:30公開"; 配信
// is a wire's "distributed", 掲載 a paper's "carried"), and Chinese pages'
// "發佈"/"发布" (released): made-up pages in three sites' styles, where the
// update's label was read as the next date's.
constexpr char kPublishedLabelAfter[] = "^\\s*(?:公開|配信|掲載|投稿|発表|發佈|發布|发布)";

// What sets a news lead's dateline off from its first sentence: a closing
// bracket, a dash or a colon ("April 17, 2015 -- Imagine being...",
// "(18.01.2018) Farmers fear..."): health news and a science news site.
constexpr char kLeadDatelineMark[] = "^\\s*(?:[)\\]]|-{1,2}\\s|\\x{2013}|\\x{2014}|:\\s|\\|)";

// ---- Captions ------------------------------------------------------------

// A credit in parentheses or brackets at the end of a caption: "(AP)",
// "(AFP/Getty Images)", "(Reuters/John Smith)", "(Image: GETTY )",
// "[File: Reuters]". It names an agency, says what it credits, is in
// capitals or has a photographer/agency slash, so that "(Opens in new
// window)" or "(Latest Model)" in shop and share lines is no credit.
// Or a sentence ends and "Credit: Tyvak" follows.
constexpr char kCaptionCredit[] =
    "[(\\[]\\s*((?i:(?:photo|image|picture|foto|bild|imagen|credit|cr\\x{e9}dit|courtesy|file|source)s?\\b)"
    "[^()\\[\\]]*|[^()\\[\\]]*\\b(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|dpa|PA|Shutterstock|"
    "iStock|Alamy|Bloomberg|Xinhua|ANSA|EFE|Handout|AAP|UPI|Sipa|Corbis)\\b[^()\\[\\]]*|"
    "\\p{Lu}[\\p{Lu}\\d&.' -]+|\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*)*\\s*/\\s*[^()\\[\\]]+)"
    "\\s*[)\\]]\\s*$|[.!?]\\s+(?i:credit|photo|image|picture|foto|bild|cr\\x{e9}dit|photograph)s?\\s*:\\s*"
    "[^.:]{2,60}$";

// A photo credit that ends a caption without brackets: a picture
// service's name, glued or after "via" ("...timelapseGetty Images",
// "| Jane Roe/PA Images via Getty Images"); an agency's slash before or
// after the photographer ("(AP Photo/Jane Roe) more >", "EFE/ J.J. Roe",
// "Bild: Jane Roe/dpa"); or a picture label after the caption's words
// ("... am Montag. Foto: Jane Roe"), maybe glued to the caption's full
// stop ("...the Amazon.Credit: Jane Roe/AFP") or naming the picture's
// rights ("Bildrechte: MDR/Jane Roe"); or who took it ("Photo by: 'Jane
// Roe'.", "Photograph by Jane Roe."). From text copies of English,
// Spanish and German news sites and English blogs. "Reuters/Ipsos" and
// "AP/NORC" (polls in headlines) are no credit: only photo forms of those
// agencies count.
constexpr char kCaptionCreditTrailing[] =
    "(?:Getty Images|Shutterstock|iStock(?:photo)?|IMAGO(?: images)?|picture(?:-| )alliance|"
    "Alamy(?: Stock Photo)?)\\s*$|"
    "\\b(?:AP Photo|AFP|EFE|dpa|PA Images|EPA|ANSA|Xinhua|KEYSTONE|IMAGO)\\s*/\\s*\\p{Lu}|"
    "\\p{Lu}[\\p{L}.'-]*\\s*/\\s*(?:dpa|AFP|AP|EFE|Reuters|EPA|ANSA|Xinhua|AAP|PA Images|PA Wire|"
    "KEYSTONE|IMAGO|Getty Images)\\b|"
    "(?:\\S\\s+|[.!?])(?:Foto|Fotos|Bild|Bildrechte|Photo|Photos|Photograph|Credit|Quelle):\\s*\\p{Lu}[^.!?:]{1,60}$|"
    "\\b(?:Photo|Photograph|Image)s? by:?\\s*['\\x{2018}\"\\x{201c}]?\\p{Lu}[^.!?:|]{1,60}\\.?$";

// A figure's label opening its caption: numbered ("Figure 2. Latency by
// load", "Image 3: A simple workflow", "Table 1. Baseline values") or
// placing the picture ("Above: The pond in May"). From text copies of
// blogs, a study, engineering posts and garden and travel blogs; a few
// languages. The group holds a label placing the picture in either case
// ("left: our tent by the falls. right: the trail down", "Clockwise from
// top left: ...", "above: the trail"; text copies of a travel blog, an art
// magazine and two newspapers' galleries): such a caption may stand right
// under a subhead ("Other sporting events" over "Clockwise from top:
// ..."), so the line above it is not taken for alt text. "Pictured: ..."
// under a plant nursery's pictures names the plant, and the text keeps it.
constexpr char kFigureLabel[] =
    "^(?:(?:Figure|Fig\\.|Image|Table|Chart|Abbildung|Abb\\.|Grafik|Tabelle|Imagen|Figura|Tabla|Gr\\x{e1}fico|"
    "Graphique|Tableau)\\s*\\d{1,3}\\s*[.:\\x{2013}\\x{2014}-]|(?:Above|Below):|"
    "((?i:above|below|left|right|clockwise from (?:top|bottom|left|right)(?: left| right)?)):)\\s*\\S";

// A line that is a picture's file name and nothing else: a text copy
// prints it where the picture failed to load ("IMG_2006_blog.jpg",
// "Cover - Spring.png"; a travel blog, a programming blog and two news
// sites' copies). A sentence ends with a full stop, not an extension.
constexpr char kImageFileName[] = "^(?:\\S+|[^.!?]{1,60})\\.(?i:jpe?g|png|gif|webp|avif)$";

// An image's alt text that says what the picture is: "Screenshot of the
// terminal output", "Chart comparing the builders by cost", "Image shows
// a rustic menu". Text copies print alt text as a line of its own; from
// English blogs and guides of many sites. Alt text is also written in
// lower case ("a graphic illustrating seven steps", "photo of the
// author"), which no paragraph opens with, or with the noun in lower
// case after "A": "A screenshot of the tracking page." (blogs and guides
// of a dozen sites). "A photo of the pier went round the island." is a
// sentence, so after "A" a photo, image or picture is alt text only when
// no full stop ends it: "An image of the logo as a neon sign".
constexpr char kPictureDescription[] =
    "^(?:(?:An? |The )?(?:Image|Photo|Photograph|Picture|Chart|Graph|Graphic|Illustration|Screenshot|"
    "Screen shot|Diagram|Infographic|Map)s? |(?:an? )?(?:image|photo|photograph|picture|chart|graph|graphic|"
    "illustration|screenshot|screen shot|diagram|infographic|map)s? |An? (?:chart|graph|graphic|illustration|"
    "screenshot|screen shot|diagram|infographic|map)s? )"
    "(?:of|showing|shows|comparing|plotting|mapping|depicting|illustrating)\\b|"
    "^An? (?:image|photo|photograph|picture)s? (?:of|showing|shows|depicting)\\b[^.!?]*$";

// An image's alt text that says who is in the picture doing what, with
// no verb of its own: "A person pouring water into the French press.",
// "A plus size model wearing a linen dress", "a man models a striped
// shirt", "An Indigenous woman wearing a red dress harvests cassava".
// Text copies print alt text as a line of its own; from product reviews,
// shopping guides and news pages of six sites. A sentence of the text
// may open the same way ("A man driving the van was taken to hospital",
// "A woman living nearby said ..."), so a line with an auxiliary, a verb
// of saying or a verb in the past ("A man wearing a mask robbed the
// shop", "... stole a car": kPersonPicturedVerb) is none.
constexpr char kPersonPictured[] =
    "^An? (?:[\\w-]+ ){0,3}?(?:person|man|woman|men|women|model|child|children|girl|boy|couple|family|"
    "people)s? (?:[a-z]+ing|holds?|uses?|models?)\\b";
constexpr char kPersonPicturedVerb[] =
    " (?:is|are|was|were|has|have|had|will|would|could|said|says|told|tells|saw|took|made|went|came|got|found|"
    "ran|fell|died|left|gave|won|lost|hit|shot|stole|drove|spoke|wrote|became|began)\\b|"
    " [a-z]{3,}ed\\b";

// The caption of a video box inside the article, which a text copy prints
// as a line among the paragraphs: it carries the clip's date and then its
// length in minutes ("... beschlossen. 18.04.2024 | 0:21 min", "Do
// 27.04.2023 15:17Uhr 01:00 min", "22.04.2024. 00:21 Min.. Verfügbar bis
// ...") or opens with "Video" and the length ("Video02:53 21.01.2023");
// from German news pages of four sites. A time in the text has no date
// before it ("She ran the 800 metres in 1:58 min"), and a length written
// out ("12:30 minutes") is none.
constexpr char kVideoCaptionLength[] =
    "(?i)\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b.*\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\s*min\\b|^video\\s*\\d{1,2}:\\d{2}\\b";

// The same caption in an HTML page, where it is one block of the text:
// only the stamp ending it, the clip's date right before its length ("...
// beschlossen. 18.04.2024 | 0:21 min"; a German broadcaster's video boxes
// set between the paragraphs, the shape the copies' rule above saw on four
// sites). A paragraph giving a run's time says more between the date and
// the time, or goes on after it.
constexpr char kVideoStampEnding[] =
    "(?i)\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\s*[|\\x{b7}]?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*min\\.?$";
// A stamp is this short: the text searched for it is the block's last bytes.
constexpr std::size_t kVideoStampMaxBytes = 40;

// What a caption adds after repeating its picture's alt text when it
// opens with a credit mark: a copyright sign or word, maybe after a dash
// or a bar ("... ein. © imago/Jane Roe", "... in Tbilisi. - Copyright
// Jane Roe/AP"), or a slash before the photographer's name ("... nuotr.
// / J. Roe / Paper"). The credit may be in lower case, so the caption
// repeating the alt text is found on its text, not its words; from news
// sites in German, Lithuanian and of a pan-European broadcaster. The
// word only with its capital: a paragraph that opens with its subhead
// may go on "... copyright reform".
constexpr char kCreditOpening[] = "^\\s*(?:[-\\x{2013}\\x{2014}|]\\s*)?(?:\\x{a9}|Copyright\\b)|^\\s*/\\s*\\p{Lu}";

// A photographer and agency or paper joined by a slash at a line's end
// ("Jane Roe/Daily Paper", "(Jane Roe/Paper)", "Jane Roe/agency/pool"):
// the credit of a picture whose alt text and caption sit beside a
// paragraph in text copies of news sites in several languages. Only
// tried on such picture lines, never on every line.
// A name of two words opens it, not a unit ("kWh/month") or a pair of
// terms ("Training/Support", "Chef/Puppet"); a few words and no full stop
// end it.
constexpr char kSlashCredit[] =
    "(?:^|[\\s(])\\p{Lu}[\\p{L}.'-]* \\p{Lu}[\\p{L}.'-]*\\s*/\\s*\\p{L}[\\p{L}\\d.&'-]*(?:[ ,/]+[\\p{L}\\d.&'-]*\\p{L}){0,5}\\)?\\s*$";

// A caption's credit at the end of a paragraph: "(credit: NASA/Jude
// Guidry)", "(Photo: AP)". At most 80 characters after the colon,
// counted by EndsWithPhotoCredit: RE2 writes [^()]{1,80} out 80 times.
constexpr char kCreditSuffix[] =
    "\\((?:photo|image|picture|credit|courtesy|foto|bild)s?(?: credit)?\\s*:([^()]+)\\)\\s*$";

// A credit label inside a caption, written after the caption text:
// "... a bar. Credit... Ed Murray", "... Photo: AP". The label needs
// its colon or ellipsis, so that "photo" in a sentence never matches.
constexpr char kCaptionCreditLabel[] =
    "(?i)^(.*?)\\s*(?:\\b(?:photo(?:graph)?s?|credits?|image|picture|foto|fotos|bild|quelle|source|"
    "illustration|crédit|crédito|copyright)\\s*(?:by\\s*)?(?:\\.\\.\\.|…|:)\\s*|©\\s*)+(.+)$";

// From CNET's and Slate's captions: the credit as its own sentence.
constexpr char kCaptionCreditBy[] =
    "^(.*?)\\s*(?i:photo(?:graph)?s?|photography|images?|pictures?|illustrations?|video)\\s+by\\s+"
    "(\\p{Lu}.*)$";

// The New York Times: a visually hidden "Credit" glued to the name.
constexpr char kCaptionCreditGlued[] = "^(.*?)\\s*Credits?(\\p{Lu}.*)$";

constexpr char kCaptionCreditSpaced[] = "^(.*?)\\s+(?:Credits?\\s+)+(\\p{Lu}.*)$";

constexpr char kCaptionCreditTail[] = "^(.*[.!?\"”])(\\p{Lu}[^.!?]*)$";

// NPR's and others' caption toggles.
// And a label left alone when its credit went elsewhere ("Credit").
constexpr char kCaptionControl[] =
    "(?:toggle|hide|show|expand|collapse|close)\\s+(?:caption|image|photo)s?|enlarge this image|"
    "view (?:full|larger) image|click to enlarge|zoom|image \\d+ of \\d+|\\d+ of \\d+|slide \\d+|"
    "credits?|photos?|image|foto|bild|crédit";

// The bare label that starts a figure in a text copy (one of the caption
// controls above): the line above it is what precedes the picture, a
// headline as often as not, never the picture's caption.
// An author's photo is labelled so too ("Jane Roe Headshot", as blog and
// guide copies of two sites print its alt text over the author card).
constexpr char kImageLabel[] = "photos?|image|foto|bild|headshot";

// A portrait's alt text printed as a line of its own in a text copy
// ("Headshot of Jane Roe, a lawyer at ...", "Avatar Autor:in"): it names
// the picture, not the story (guide and news copies of two sites put it
// right by the headline).
constexpr char kPortraitAlt[] =
    "(?:headshot|avatar|photo|picture|portrait)\\s+(?:of|von|de|du)\\s.+|avatar\\s+(?:autor|author|auteur)\\S*";

// An author's photo whose alt text says only that ("Author image",
// "author-image", "profile-picture", "Photo of author"), as a copy prints it
// over the author card's name: blog, guide and news copies of six sites
// (two of them, unread, gave a category below the date line instead).
// WordPress's default "Avatar photo" is one too, which a copy may glue
// before the "By" line ("Avatar photo by Jane Roe", blogs of two sites).
constexpr char kAuthorPhotoLabel[] =
    "(?:author|autor|auteur|autorin|profile)[ _-]?(?:image|img|photo|picture|pic|avatar|foto|bild)|"
    "avatar[ _-]?(?:image|img|photo|picture)|"
    "(?:image|photo|picture|foto|bild)\\s+(?:of|von|de|du)\\s+(?:the\\s+)?(?:author|autor|auteur)";

constexpr char kCaptionControlSuffix[] = "(?i)\\s*\\b(?:toggle|hide|show) (?:caption|image)\\s*$";

// ---- Text copies ---------------------------------------------------------

// Found in the lynx renderings of the body benchmark's pages (blogs,
// newspapers, shops) and extended to the usual French, German and Spanish
// forms.

// Headings of what follows an article: the comment thread ("34 responses
// to “...”", "Leave a Reply"), related and recommended lists, the author
// box, tag lists and links to the previous and next post.
constexpr Source kSectionHeads[] = {
    {"section: comments",
     "^(?:(?:\\d+\\s+)?comments?(?:\\s*\\(\\d+\\))?(?:\\s+(?:to|on)\\s+.+)?|"
     "\\d+\\s+(?:responses?|replies|thoughts|reactions?)(?:\\s+(?:to|on)\\s+.+)?|"
     "(?:responses?|replies|thoughts|reactions?)\\s+(?:to|on)\\s+.+|leave a (?:comment|reply)|"
     "post a comment|add (?:a|your) comment|"
     "join the (?:conversation|discussion)|(?:show|view|read|load) (?:all )?(?:\\d+ )?comments|have your say|"
     "what do you think\\?|(?:\\d+\\s+)?commentaires?(?:\\s*\\(\\d+\\))?|\\d+\\s+r\\x{e9}actions?|"
     "\\d+ r\\x{e9}flexions? (?:sur|au sujet de) .+|laisser un commentaire|laissez un commentaire|"
     "r\\x{e9}agissez|(?:\\d+\\s+)?kommentare?(?:\\s*\\(\\d+\\))?|\\d+ kommentare? zu .+|"
     "(?:schreibe|hinterlasse|schreiben sie) einen kommentar|diskutieren sie mit|"
     "(?:\\d+\\s+)?comentarios?(?:\\s*\\(\\d+\\))?|\\d+ comentarios? (?:en|a|sobre) .+|"
     "(?:deja|dejar|escribe) (?:un|tu) comentario|"
     // Italian, Portuguese and Dutch threads' heads ("Commenti (4)",
     // "3 comentários", "Reacties (2)"), as the languages above.
     "(?:\\d+\\s+)?(?:commenti|coment\\x{e1}rios?|reacties)(?:\\s*\\(\\d+\\))?|"
     // The thread's own heads and prompts in copies of newsletter-platform
     // posts, news and blog pages: "Discussion about this post", "Write a
     // comment...", "Reader Comments", "Ihre Meinung ist uns wichtig!", a
     // comment plug-in's notice where its thread would load.
     "discussion about this post|write a comment(?:\\.\\.\\.|\\x{2026})?|(?:article|reader|user) comments|"
     "ihre meinung ist uns wichtig|please enable javascript to view the comments(?: powered by \\w+)?)[.:!]?$"},
    {kRelatedHead,
     "^(?:related(?: articles?| stories| posts?| news| content| coverage| links| reading| topics| videos?)?"
     "(?: (?:from|on|in|about|to) .{1,60}| (?:that|which) (?:may|might) interest you)?|"
     // A guide's closing list of further posts: "Additional Reading on X".
     "additional reading(?: (?:on|about) .{1,60})?|"
     "(?:you|we think you) (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)|more (?:on|in|"
     "from)(?: .{1,40})?|"
     "more (?:stories|news|articles|videos)|read (?:next|more)|recommended(?: for you| articles| stories| reading)?|"
     "most (?:read|popular|viewed|shared|commented)(?: .{1,40})?|trending(?: now| stories)?|don'?t miss|"
     "see also|also read|popular (?:posts|stories|articles)|latest (?:news|stories|posts|articles)|top stories|"
     "editor'?s picks|what to read next|elsewhere on .{1,40}|(?:sponsored|promoted) (?:links|stories|content)|"
     "(?:from|around) the web|partner content|"
     "(?:\\x{e0} )?lire aussi|sur le m\\x{ea}me sujet|articles? (?:similaires|li\\x{e9}s|connexes)|"
     "vous aimerez (?:aussi|peut-\\x{ea}tre aussi)|les plus lus|\\x{e0} voir aussi|dans la m\\x{ea}me rubrique|"
     "mehr zum thema(?: .{1,40})?|das k\\x{f6}nnte sie auch interessieren|weitere artikel|lesen sie auch|"
     "auch interessant|meistgelesen|(?:\\x{e4}hnliche|verwandte) artikel|"
     "(?:tambi\\x{e9}n )?te puede interesar|noticias relacionadas|art\\x{ed}culos relacionados|"
     "entradas relacionadas|lee tambi\\x{e9}n|m\\x{e1}s noticias|lo m\\x{e1}s le\\x{ed}do|te recomendamos|"
     // Teaser-list heads seen in text copies of news pages: "Mehr zu
     // <topic>", "Mehr aus dem Ressort", "Die Redaktion empfiehlt", "More
     // Trending", "Recommended from <desk>", "Relaterte emner".
     "mehr (?:zu[mr]?|von|aus) .{1,40}|(?:die )?redaktion empfiehlt|more trending|trending (?:on|in) .{1,40}|"
     "recommended (?:from|by) .{1,40}|read more stories|read our (?:complete|full) coverage(?: .{1,40})?|"
     "relaterte (?:emner|saker|artikler)|mer om(?: .{1,40})?|les ogs\\x{e5}|"
     // The same heads in Italian, Dutch, Portuguese and Polish, found missing
     // by made-up pages of those languages' news templates.
     "leggi anche|(?:ti )?potrebbe(?:ro)? interessarti|(?:articoli|notizie) correlat[ie]|(?:i )?pi\\x{f9} letti|"
     "lees ook|gerelateerde (?:artikelen|berichten)|meest gelezen|"
     "(?:leia|veja) tamb\\x{e9}m|(?:not\\x{ed}cias|artigos|mat\\x{e9}rias) relacionad[oa]s|(?:as )?mais lidas|"
     "(?:czytaj|zobacz) (?:te\\x{17c}|tak\\x{17c}e|r\\x{f3}wnie\\x{17c})|powi\\x{105}zane (?:artyku\\x{142}y|tre\\x{15b}ci)|"
     "najcz\\x{119}\\x{15b}ciej czytane)"
     "\\s*(?:\\.\\.\\.|\\x{2026})?[.:!]?$"},
    {kAuthorBoxHead,
     "^(?:about the author|about the authors|about the contributors?|author bio|more (?:articles|stories|posts) (?:from|by) .{1,60}|"
     "(?:all )?(?:articles|posts|stories) by .{1,60}|\\x{e0} propos de l'auteur|"
     "\\x{fc}ber (?:den|die) autor(?:in|:in|\\*in|_in)?|sobre (?:el|la|o|a) autora?|acerca del autor|"
     "l'autore|sull'autore|over de (?:auteur|schrijver)|o autorze)[.:]?$"},
    {kTagsHead,
     "^(?:(?:technorati )?tags?|topics?|filed under|categories|mots-cl\\x{e9}s|\\x{e9}tiquettes|schlagw\\x{f6}rter|"
     "stichw\\x{f6}rter|etiquetas|temas|etichette|argomenti|trefwoorden|tagi|taggar|etiketler)\\s*:.*$"},
    {"section: post navigation",
     "^(?:post navigation|(?:previous|next|prev)\\s*(?:post|article|story|entry)?\\s*:.*|"
     "(?:previous|next) (?:post|article|story)|article (?:pr\\x{e9}c\\x{e9}dent|suivant)|"
     "(?:vorheriger|n\\x{e4}chster) (?:artikel|beitrag)|(?:art\\x{ed}culo|entrada) (?:anterior|siguiente))$"},
};

// Notices every page of a site carries, found anywhere in a line: the
// copyright line, the comment form, affiliate and opinion disclaimers,
// cookie banners, newsletter boxes and "follow us" lines. The longer
// notices go in the set in a loose form, words one of which each of their
// forms holds, and are checked in full only on the lines with such a word
// (NamedPattern::exact): in full, they took most of the set's compile time
// and of its searches on a small page.
constexpr Source kBoilerplate[] = {
    {kCopyrightNotice,
     "\\x{a9}|\\(c\\) ?\\d{4}|copyright \\d{4}|\\ball rights reserved\\b|tous droits r\\x{e9}serv\\x{e9}s|"
     "alle rechte vorbehalten|todos los derechos reservados"},
    {"boilerplate: comment form", "publi|required|save my|akismet|comment|notify|obligato|ffentlicht|erforderliche",
     "your email address will not be published|required fields are marked|save my name, e-?mail,? and website|"
     "this site uses akismet|you must be (?:logged in|registered) to (?:post|leave) a comment|"
     "notify me (?:of|via e-?mail)|^(?:name|e-?mail|comment|website)\\s*\\(required\\)|"
     "votre adresse (?:e-?mail|de messagerie) ne sera pas publi\\x{e9}e|les champs obligatoires sont indiqu\\x{e9}s|"
     "ihre e-mail-adresse wird nicht ver\\x{f6}ffentlicht|erforderliche felder sind mit|"
     "tu direcci\\x{f3}n de correo electr\\x{f3}nico no ser\\x{e1} publicada|"
     "los campos obligatorios est\\x{e1}n marcados"},
    {"boilerplate: affiliate note", "commission|sales|compensation|affiliate|provision|comisi\\x{f3}n",
     "\\bwe (?:may |might |could )?(?:receive|earn|get) (?:a |an )?(?:small )?(?:affiliate )?"
     "(?:commission|share of (?:the )?sales)|\\bwe (?:may|might|could) (?:receive|earn|get) compensation\\b|"
     "\\bmay (?:receive|earn) (?:a |an )?(?:small )?(?:affiliate )?commission(?: (?:from|if|when|on)\\b|\\.?$)|"
     "\\bearns? (?:us|me) (?:a |an )?(?:small )?commission\\b|\\blinks (?:in|on) this (?:article|post|page) are affiliate\\b|"
     "affiliate (?:links?|commission)|(?:pouvons|pourrions|peut) (?:percevoir|toucher) une commission|"
     "erhalten wir (?:ggf\\. |eventuell )?eine provision|affiliate-links?|"
     "(?:podemos|podr\\x{ed}amos|puede) (?:recibir|ganar|obtener) una comisi\\x{f3}n"},
    {"boilerplate: disclaimer",
     "trademark|evaluated|marque|eingetragene|marca|expr|acceptance|reproduced|meinungen",
     "\\b(?:are|is a) (?:registered )?trademarks? of\\b|not been evaluated by the food and drug administration|"
     "(?:sont des|est une) marques? d\\x{e9}pos\\x{e9}es?|(?:ist eine|sind) eingetragene marken? |"
     "(?:son|es una) marcas? registradas? de|"
     "(?:opinions|views) expressed (?:by|in|here)\\b[^.!?]*\\b(?:are|do not|does not)\\b|"
     "constitutes acceptance of|may not be reproduced, distributed|"
     "les (?:opinions|propos) exprim\\x{e9}(?:e)?s (?:dans|par|ici)\\b[^.!?]*\\b(?:n'engagent|sont|"
     "rel\\x{e8}vent)\\b|"
     "die ge\\x{e4}u\\x{df}erten meinungen\\b[^.!?]*\\b(?:geben nicht|sind die|sind nicht)\\b|"
     "las opiniones expresadas\\b[^.!?]*\\b(?:son|no reflejan)\\b"},
    {"boilerplate: cookie notice", "cookie|by continuing|\\x{30af}\\x{30c3}\\x{30ad}\\x{30fc}|\\x{cfe0}\\x{d0a4}",
     "\\b(?:this|our) (?:web)?site uses cookies|\\bwe use cookies\\b|\\buses cookies to\\b|"
     "cookies (?:settings|preferences|policy)|by continuing to (?:use|browse)|"
     "nous utilisons des cookies|ce site utilise des cookies|wir verwenden cookies|verwendet cookies|"
     "utilizamos cookies|usamos cookies|este sitio (?:web )?utiliza cookies|"
     // Japanese, Chinese and Korean banners name the site or "we" before
     // the cookies ("当サイトではクッキーを使用しています", "本网站使用Cookie"),
     // as a recipe's cookies never are.
     "(?:\\x{30b5}\\x{30a4}\\x{30c8}|\\x{30da}\\x{30fc}\\x{30b8})(?:\\x{3067}\\x{306f}|\\x{306f}|\\x{3067})\\s*"
     "(?:cookies?|\\x{30af}\\x{30c3}\\x{30ad}\\x{30fc})\\s*\\x{3092}\\s*(?:\\x{4f7f}\\x{7528}|\\x{5229}\\x{7528})|"
     "(?:\\x{7f51}\\x{7ad9}|\\x{7db2}\\x{7ad9}|\\x{6211}\\x{4eec}|\\x{6211}\\x{5011})\\s*"
     "(?:\\x{4f1a}|\\x{6703})?(?:\\x{4f7f}\\x{7528}|\\x{91c7}\\x{7528}|\\x{63a1}\\x{7528})\\s*cookies?|"
     "\\x{c0ac}\\x{c774}\\x{d2b8}\\S*\\s*\\x{cfe0}\\x{d0a4}\\S*\\s*\\x{c0ac}\\x{c6a9}"},
    // The notice Google asks of forms guarded by its captcha ("This site is
    // protected by reCAPTCHA and the Google Privacy Policy and Terms of
    // Service apply"), under a sign-up or comment form: the raw pages of
    // eleven sites carry it, no article's text.
    {"boilerplate: captcha notice", "\\bprotected by recaptcha\\b"},
    // German pitches name the inbox "Postfach" (regional broadcasters'
    // news pages end their stories with one). A blog platform's subscribe
    // box under "Discover more from <blog>" says "Subscribe to get the
    // latest posts sent to your email" (blogs of three sites), in German
    // "Abonniere, um die neuesten Beiträge per E-Mail zu erhalten".
    {kNewsletterBoxNotice,
     "subscribe|thank|activation|confirm your|inscription|anmeldung|gracias|newsletter|inbox|join our|postfach|"
     "suscr\\x{ed}bete|abonnie|abonnez|per e-mail",
     "(?:successfully|succesfully) subscribed|thanks? (?:you )?for (?:subscribing|signing up)|activation link|"
     "confirm your (?:subscription|e-?mail address)|\\bno,? thanks\\b|merci (?:pour|de) votre inscription|"
     "vielen dank f\\x{fc}r ihre anmeldung|gracias por (?:suscribirte|tu suscripci\\x{f3}n)|(?:sign up|"
     "subscribe) (?:for|to) (?:our|the) [^.!?]*newsletter|delivered (?:straight )?to your inbox|"
     "join our (?:newsletter|mailing list)|subscribe to our (?:mailing list|digital edition|magazine)|"
     "inscrivez-vous (?:\\x{e0}|gratuitement \\x{e0}) (?:notre|la) newsletter|abonnez-vous \\x{e0} (?:notre|"
     "la) newsletter|"
     "newsletter abonnieren|f\\x{fc}r (?:unseren|den) newsletter an|newsletter informiert (?:sie|dich)|"
     "direkt in (?:ihr|dein)(?:em)? (?:privat\\w* )?postfach|"
     "suscr\\x{ed}bete a (?:nuestro|nuestra|el|la) (?:newsletter|bolet\\x{ed}n)|"
     "subscribe to (?:get|receive) (?:the )?latest (?:posts|articles|stories) (?:sent )?(?:to|by|via) (?:your )?e-?mail|"
     "abonniere,? um die neuesten beitr\\x{e4}ge per e-mail zu erhalten|"
     "abonnez-vous pour recevoir les derniers articles par e-?mail|"
     "suscr\\x{ed}bete para recibir las \\x{fa}ltimas entradas (?:en|por) (?:tu )?correo"},
    // A link to another story set in the article: "Related: ...", "Read
    // more: ...", "SEE MORE: ...", "Lire aussi : ...".
    {"boilerplate: link to another story", "[:>\\x{bb}|]",
     "^(?:related(?: post| story| article| coverage| content)?|read (?:more|next|also)|see (?:more|also)|"
     "also read|watch|listen|(?:\\x{e0} )?lire aussi|voir aussi|lesen sie (?:auch|mehr)|mehr dazu|"
     "lee (?:tambi\\x{e9}n|m\\x{e1}s)|leer m\\x{e1}s|ver tambi\\x{e9}n|te puede interesar)\\s*[:>\\x{bb}|"
     "]\\s*\\S.{2,}$"},
    // An e-mail address: the author's contact line or bio ("Write to Al
    // Root at ...", "Jeff Foust (jeff@...) is the editor"), a customer
    // service box, or one hidden by the site's e-mail protection.
    {kContactAddress,
     "[\\w.+-]+@[\\w-]+\\.[\\w.-]*\\w|\\[(?:javascript )?protected email address\\]|\\[email(?:&#160;|"
     " )protected\\]"},
    {"boilerplate: follow us",
     "^(?:follow (?:us|me)\\b|follow [^.!?]+ on (?:instagram|facebook|twitter|linkedin|youtube)|"
     "suivez-nous|folgen sie uns|s\\x{ed}guenos)"},
};

// The agencies and picture libraries a credit line names last.
#define PITH_PHOTO_AGENCY                                                                     \
  "(?:associated press|getty images|shutterstock|reuters|afp|ap photo|epa|dpa|istock(?:photo)?|" \
  "alamy|pa (?:wire|media)|via ap|via getty(?: images)?|via reuters)"

// Lines that are a photo credit or a caption's label rather than text:
// "Patrick Semansky, ASSOCIATED PRESS", "Image copyright Getty Images",
// "Courtesy of Andrew Vaughan".
constexpr Source kCreditLines[] = {
    {"caption: photo credit line",
     "^(?:(?:image|photo|picture|foto|bild|imagen|photograph|media)s?\\s+(?:copyright|caption|credit)|"
     "(?:photo|image|picture|foto|bild|imagen|credit|cr\\x{e9}dits?(?: photo)?|photo credit|bildquelle)s?\\s*:|"
     "courtesy(?: of)?\\b|photos? by\\b|photo courtesy\\b).*$|"
     // "Photos by" in Italian, Spanish and Portuguese, German: a name of a
     // few words after it, so that a sentence that starts so stays ("Foto
     // di gruppo per i vincitori del premio ...").
     "^fotos? (?:di|de|von)\\s+\\S+(?:\\s+\\S+){0,3}$|"
     // Bracketed, the whole line, as a caption's credit printed alone in a
     // text copy ("(Bild: Hersteller)", "(Foto: dpa)"), which was read as a
     // byline; a paragraph that opens so goes on past the bracket.
     "^[(\\[](?:photo|image|picture|foto|bild|imagen|credit|cr\\x{e9}dits?)s?\\s*:[^()\\[\\]]*[)\\]]$"},
    // Loose form without the bound: RE2 writes "." out 60 times.
    {"caption: agency credit line", "^.*\\b" PITH_PHOTO_AGENCY "\\.?$", "^.{0,60}\\b" PITH_PHOTO_AGENCY "\\.?$"},
};

// The way wire services open a caption: "FILE - In this Oct. 28, 2019,
// file photo, ...", "In this photo issued by ITV, ...". Case matters:
// "FILE" is written in capitals.
constexpr Source kCaptionLeads[] = {
    {"caption: wire photo caption",
     "^(?:FILE(?: PHOTO)?\\s*[-:\\x{2013}\\x{2014}]|"
     "(?:In t|T)his .{0,60}?\\b(?:file )?(?:photo|image|picture)s?\\b).{10,}$"},
};

// The signature under a post embedded in the article: "— Rep. Jane Doe
// (@janedoe) November 19, 2019". The post above it is part of the article.
constexpr char kEmbedSignature[] = "^[\\x{2014}\\x{2013}-]\\s*[^()]{1,80}\\(@\\w{1,30}\\)\\s+[^()]{3,40}\\b\\d{4}$";

// Whole lines of page furniture: a comment's header and action links
// ("joetoronto says:", "Reply"), gallery counters ("View all (23)",
// "Image 1 of 12") and video player captions ("Thanks for watching!").
constexpr Source kChromeLines[] = {
    {"comment: author says",
     "^.+\\s(?:says|said|wrote|dit|a \\x{e9}crit|sagt|schreibt|schrieb|dice|escribi\\x{f3})\\s*:$"},
    {"comment: action",
     "^(?:reply|replies|report|like|flag|r\\x{e9}pondre|signaler|antworten|melden|responder|denunciar)"
     "(?:\\s*[|\\x{b7}]\\s*(?:reply|report|like|flag|r\\x{e9}pondre|signaler|antworten|melden|responder|denunciar))*"
     "\\s*\\x{2193}?$"},
    {"gallery: counter",
     "^(?:view all|see all|voir tout|alle anzeigen|ver todo)(?: \\(?\\d+\\)?)?|"
     "(?:image|photo|picture|slide|foto|bild|imagen)s? \\d+ (?:of|/|de|von|sur) \\d+|\\d+ ?/ ?\\d+|"
     "back to gallery|(?:view|open|launch) (?:the )?(?:gallery|slideshow)|enlarge (?:image|photo)|"
     "\\d+ (?:photos|images|pictures|fotos|bilder|im\\x{e1}genes)$"},
    {"navigation: skip links and reading time",
     "^(?:skip to (?:the )?(?:main )?(?:content|navigation)|(?:toggle|open|"
     "close) (?:the )?(?:main )?(?:navigation|menu)|"
     "aller au contenu(?: principal)?|zum inhalt springen|(?:ir|saltar) al contenido(?: principal)?|"
     "\\d+ min(?:ute)?s? read|(?:reading time|temps de lecture|lesezeit|tiempo de lectura|"
     "tempo de leitura)\\s*:?.{0,20})$"},
    {"video: player text",
     "^(?:thanks for watching!?.*|(?:play|watch|replay) (?:video|now)|up next|now playing|"
     "merci d'avoir regard\\x{e9}.*|danke f\\x{fc}rs zuschauen.*|gracias por ver.*)$"},
};

// Lines of page furniture shaped like a title, which a text copy's
// headline and standfirst pickers pass over (matched against their
// candidates only: an article's own subheads may say such things). From Chromium, Firefox
// and lynx copies of guide, blog, shop and video pages, where such a line
// stood near the byline and was taken for the headline; the census of
// every copy's lines found them in page furniture only.
constexpr Source kTitleChrome[] = {
    // A row of account and feed links: two or more on one line ("All notes
    // Back to Notehub Sign in Sign up", "Posts RSS ◂◂RSS", "Dismiss View all
    // alerts", "Previous Post Next Post").
    {"title chrome: account links", "\\b" PITH_ACCOUNT_LINK "\\b.*\\b" PITH_ACCOUNT_LINK "\\b"},
    // A button or link that calls the reader to act, the whole line: "Get
    // a Quote", "Start Monitoring for Free", "Join a Community of
    // Interest", "Learn more about Acme Studio", "Continue this thread", "Not a
    // member of Notehub yet? Sign Up ...".
    {"title chrome: call to action",
     "^(?:(?:(?:get|request|book) (?:a|an|your)(?: free| instant)? (?:quote|demo|estimate|consultation|trial)"
     "(?: today| now)?|(?:start|try) (?:\\w+ ){0,2}for free|(?:start|try) (?:your |a )?free trial|"
     "join (?:a|our) community(?: of \\w+)?|(?:sign up|subscribe|register|log in) (?:now|today|for free))$|"
     "(?:learn|find out|read) more about\\b|continue (?:this thread|reading)\\b|not a (?:member|subscriber)\\b|"
     "already (?:a member|have an account)\\b|don't have an account\\b)"},
    // A sign-in link followed at once by a join or register link, glued
    // or set off by a mark, and often the site's name after them: "Sign In
    // Join IAB", "Login Join", "Log InSign Up", "Sign InCreate your free
    // profile" (Chromium and Firefox copies of pages of five sites: a trade
    // body, an IT forum, a news site, a social site, a blog); one sign-in
    // link is not enough for the row of account links above.
    {"title chrome: sign-in row",
     "^(?:sign ?in|log ?in)\\s*[|/\\x{b7}\\x{2022}]?\\s*(?:join|register|sign ?up|subscribe|"
     "create (?:an? |your )?(?:free )?(?:account|profile))\\b"},
    // A notice that asks the reader to turn scripts or cookies on, printed
    // above the article when they are off: "Please turn JavaScript on and
    // reload the page", "You need to enable JavaScript to run this app",
    // "Aktivieren Sie Javascript jetzt, um ...". From copies of news pages
    // of three sites (English and German) that print such a notice; a
    // how-to headline ("How to enable JavaScript in Chrome") speaks of it
    // without asking the reader, and neither does a headline that asks
    // about it ("Why you have to allow cookies under the new rules"): the
    // request opens the line or its second clause.
    {"title chrome: script notice",
     "^(?:please )?(?:enable|turn on|switch on|activate|allow) (?:your )?(?:browser'?s )?(?:javascript|cookies)\\b|"
     "^(?:please )?turn (?:your )?(?:javascript|cookies) (?:back )?on\\b|"
     "^(?:[^,.?]*[,.] )?(?:you (?:will )?(?:need|must|have) to|please) (?:enable|turn on|switch on|activate|allow)\\b.*"
     "\\b(?:javascript|cookies)\\b|\\b(?:javascript|cookies) (?:is|are|has been|have been|seems to be) "
     "(?:disabled|turned off|switched off|blocked|not enabled)\\b|"
     "\\b(?:site|page|app|content|feature|video|player) (?:requires|needs) javascript\\b|"
     "\\baktivieren sie (?:bitte )?(?:javascript|cookies)\\b|\\bveuillez activer (?:le )?javascript\\b|"
     "\\bactivez (?:le )?javascript\\b|\\b(?:habilita|activa) (?:el )?javascript\\b"},
    // A sponsor's line over a paid or partner story: "En partenariat avec
    // The European Commission", "Presented By Carahsoft", "Sponsored by
    // ...", "Promoted By ..." (copies of a news site in two languages, a
    // trade magazine's, a health agency's and a news portal's pages): the
    // phrase and a name, no clause after it ("In partnership with China,
    // Kenya opens ..." is a headline). A name's initials and a company's
    // closing dot are no clause's ("Sponsored by U.S. Bank", "Presented by
    // Acme Inc.").
    {"title chrome: sponsor line",
     "^(?:in partnership with|en partenariat avec|in partnerschaft mit|en colaboraci\\x{f3}n con|sponsored by|"
     "presented by|promoted by|paid (?:content|post) (?:by|for)) (?:[^,:;.!?]|\\b\\w\\.){1,60}\\.?$"},
    // A link to the post before or after, with its title: "Back to
    // overview Older post: ...", "Next Post: ...", "Previous article: ...".
    {"title chrome: neighbour post link", "\\b(?:older|newer|previous|next) (?:post|article|story|entry) ?:"},
    // A site's search prompt: "What can we help you find?".
    {"title chrome: search prompt", "^(?:(?:what|how) can we help|what are you looking for)\\b"},
    // A video's view count: "14K views 6 years ago".
    {"title chrome: view count", "^[\\d.,]+ ?[km]? views\\b"},
    // A breadcrumb trail whose marks' alt text a copy prints as words
    // ("Home breadcrumb Arrow Glossary breadcrumb Arrow ...").
    {"title chrome: breadcrumb marks", "\\bbreadcrumbs? (?:arrow|separator|chevron|icon|trail)\\b"},
};

// What follows a commenter's name on the line that presents the comment:
// "joetoronto says:", "Modern Wife sagt:", "ijsbol commented".
constexpr char kCommentSays[] =
    "(?i)\\s*[:|,\\x{b7}-]?\\s*(?:says|said|wrote|commented|replied|dit|a \\x{e9}crit|sagt|schreibt|schrieb|"
    "meint|dice|escribi\\x{f3}|scrive|zegt|schreef)\\s*:?\\s*$";

// What stands between a commenter's name and the date on one line
// ("Paul Harper | August 27, 2015", "Jane on 3 May 2019 at 9:00"), and a
// "By"/"Submitted by" before the name.
constexpr char kCommentNameAround[] =
    "(?i)^(?:(?:submitted|posted|written)\\s+by\\s+|by\\s+|von\\s+|par\\s+|por\\s+)?(.*?)"
    "(?:\\s*(?:[|,\\x{b7}\\x{2022}\\x{2013}\\x{2014}-]|\\bon|\\bat|\\bam|\\bum|\\ble|\\bel|\\bthe)\\s*)*$";

// A comment's own buttons and counters, inside its text element on some
// platforms (Substack's "Expand full comment", "2 replies").
constexpr char kCommentToolsLine[] =
    "(?i)^(?:expand full comment|show (?:more|less)|read more|see more|load more(?: replies| comments)?|"
    "\\d+ (?:replies|reply|likes?)|(?:hide|show|view) (?:\\d+ )?repl(?:y|ies)|mehr anzeigen|antworten|r\\x{e9}pondre|"
    "responder)$";

// The forms of PITH_RELATIVE_TIME in Russian, Ukrainian, Polish, Turkish,
// Dutch and Indonesian: a number before each unit word.
#define PITH_RELATIVE_TIME_MORE                                                                                   \
  "\\d+\\s+(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|день|дн(?:я|ей)|недел[юиь]|месяц(?:а|ев)?|год(?:а)?|лет)\\s+назад|" \
  "\\d+\\s+(?:секунд[уи]?|хвилин[уи]?|годин[уи]?|день|дн(?:і|ів)|тиж(?:день|ні|нів)|місяц(?:ь|і|ів)|р(?:ік|оки|оків))"   \
  "\\s+тому|"                                                                                                    \
  "\\d+\\s+(?:sekund[ęy]?|minut[ęy]?|godzin[ęy]?|dzień|dni|tydzień|tygodni(?:e)?|miesi(?:ąc|ące|ęcy)|rok|lata|lat)"     \
  "\\s+temu|"                                                                                                    \
  "\\d+\\s+(?:saniye|dakika|saat|gün|hafta|ay|yıl)\\s+önce|"                                                         \
  "\\d+\\s+(?:seconden|minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaar|jaren)\\s+geleden|"              \
  "\\d+\\s+(?:detik|menit|jam|hari|minggu|bulan|tahun)\\s+(?:yang\\s+)?lalu"

// How long ago a story or a comment went up, in English, German, French
// and Spanish ("2 hours ago", "vor 3 Stunden", "il y a 5 jours", "hace 2
// días"), each form a word of its own; a number may be glued to a word
// before it, as a copy glues it to a name ("Jane Roe5 hours ago"). And as
// news sites' meta bars print it beside the writer's name in Russian,
// Ukrainian, Polish, Turkish, Dutch and Indonesian ("3 часа назад", "2
// години тому", "3 godziny temu", "3 saat önce", "3 uur geleden", "3 jam
// yang lalu").
#define PITH_RELATIVE_TIME                                                                                        \
  "(?:(?:\\d+|\\ban?|\\bone)\\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago|" \
  "\\bvor\\s+(?:\\d+|einer?|einem)\\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)|" \
  "\\bil\\s+y\\s+a\\s+(?:\\d+|une?)\\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|"                \
  "\\bhace\\s+(?:\\d+|una?)\\s+(?:segundos?|minutos?|horas?|d\\x{ed}as?|semanas?|mes(?:es)?|a\\x{f1}os?)|"         \
  PITH_RELATIVE_TIME_MORE ")"

// A comment's relative time at the end of its header line, after the
// commenter's name or alone ("jdoe 2 hours ago", "vor 3 Stunden", "il y a
// 5 jours", "hace 2 días"): comment threads print no date otherwise
// (English, German, French and Spanish news and blog threads; the short
// "4d" of newsletter platforms' threads). Whole line:
// an article's "two years ago" sits inside a sentence.
constexpr char kRelativeTimeLine[] =
    // The short form of comment platforms, alone on its line: "4d", "2h".
    "(?i)^\\d{1,2}(?:h|d|w|mo|y)$|"
    "^(?:\\S+(?:\\s+\\S+){0,3}\\s+)?(?:[|,\\x{b7}\\x{2022}-]\\s*)?" PITH_RELATIVE_TIME
    "\\s*(?:\\(edited\\)|\\(bearbeitet\\))?$";

// A text copy's line of names and how long ago the story went up ("Jane
// Roe 1 day ago", and "Jane Roe5 hours ago" as a copy glues a number to
// the name): news pages of two sites print the byline so, with no date
// line; pages print it so in their meta bar, in German, French and Spanish
// too ("Jana Roe · vor 3 Stunden"), and with a spaced dash ("Dewi Lestari -
// 2 jam yang lalu", "Jane Roe – 5 hours ago"). The names are the first group.
constexpr char kNamesThenRelativeTime[] =
    "(?i)^(.*?\\pL)(?:\\s*[|,\\x{b7}\\x{2022}]\\s*|\\s+[-\\x{2013}\\x{2014}]\\s+|\\s*)" PITH_RELATIVE_TIME "$";

// A word each of PITH_RELATIVE_TIME's forms holds but the French ("ago",
// "vor", "hace", "назад" ...), in lower case; the French holds "y" between
// spaces ("il y a"). A text holding none cannot end in a relative time, and
// a page spared the test is spared compiling it (7 M instructions for
// kNamesThenRelativeTime).
constexpr std::string_view kRelativeTimeWords[] = {"ago",  "vor",  "hace", "назад", "тому",
                                                   "temu", "önce", "lalu", "geleden"};

enum class Case { kAny, kExact };

template <std::size_t N>
PatternList MakeList(const Source (&sources)[N], Case letter_case, RE2::Anchor anchor) {
  PatternList list;
  for (const Source& s : sources) list.patterns.push_back({s.name, s.pattern, s.exact});
  list.options = CaseSensitive();
  list.match_lowered = letter_case == Case::kAny;
  list.anchor = anchor;
  return list;
}

Heuristics* Build() {
  return new Heuristics{
      .chrome_class = ClassPattern(kChromeClass),
      .strong_chrome_class = ClassPattern(kStrongChromeClass),
      .keep_class = ClassPattern(kKeepClass),
      .positive_class = ClassPattern(kPositiveClass),
      .negative_class = ClassPattern(kNegativeClass),
      .caption_class = ClassPattern(kCaptionClass),
      .byline_class = ClassPattern(kBylineClass),
      .post_class_list = ClassPattern(kPostClassList),
      .author_title_class = ClassPattern(kAuthorTitleClass),
      .quote_author_class = ClassPattern(kQuoteAuthorClass),
      .date_class = ClassPattern(kDateClass),
      .headline_class = ClassPattern(kHeadlineClass),
      .kicker_class = ClassPattern(kKickerClass),
      .embed_class = ClassPattern(kEmbedClass),
      .header_class = ClassPattern(kHeaderClass), .lead_class = ClassPattern(kLeadClass),
      .hidden_class = ClassPattern(kHiddenClass),
      .credit_class = ClassPattern(kCreditClass),
      .tag_box_class = ClassPattern(kTagBoxClass), .button_class = ClassPattern(kButtonClass),
      .comment_class = ClassPattern(kCommentClass),
      .comment_item_class = ClassPattern(kCommentItemClass),
      .comment_item_id = ClassPattern(kCommentItemId),
      .comment_text_class = ClassPattern(kCommentTextClass),
      .comment_layer_class = ClassPattern(kCommentLayerClass),
      .comment_author_class = ClassPattern(kCommentAuthorClass),
      .comment_tools_class = ClassPattern(kCommentToolsClass),
      .label_phrases = MakeList(kLabelPhrases, Case::kAny, RE2::ANCHOR_BOTH),
      .appeal_terms = AnyCasePattern(kAppealTerms),
      .paywall_prompt = AnyCasePattern(kPaywallPrompt, kPaywallPromptLoose),
      .cookie_notice = AnyCasePattern(kCookieNotice, kCookieNoticeLoose),
      .page_copyright_line = AnyCasePattern(kPageCopyrightLine),
      .embed_consent = AnyCasePattern(kEmbedConsent, kEmbedConsentLoose),
      .written_address = LazyPattern(kWrittenAddress, CaseInsensitive()),
      .shop_link = LazyPattern(kShopLink, CaseInsensitive()),
      .markup_tag = LazyPattern(kMarkupTag, CaseInsensitive()),
      .title_separator = LazyPattern(kTitleSeparator),
      .headline_page_mark = LazyPattern(kHeadlinePageMark),
      .article_type = LazyPattern(kArticleType),
      .error_page = AnyCasePattern(kErrorPage),
      .byline_prefix = LeadSplitPattern(kBylinePrefix, kWideBylinePrefix, CaseInsensitive(), {kRoleBeforeName, kRoleBeforeNameGate}),
      .byline_noise = LazyPattern(kBylineNoise),
      .author_separator = LazyPattern(kAuthorSeparator),
      .author_role = AnyCasePattern(kAuthorRole),
      .job_title = AnyCasePattern(kJobTitle),
      .spelled_byline_label = LazyPattern(kSpelledBylineLabel),
      .by_word = LazyPattern(kByWord),
      .menu_facet = LazyPattern(kMenuFacet),
      .time_after_names = LazyPattern(kTimeAfterNames),
      .date_line_field = LazyPattern(kDateLineField),
      .desk_name = LazyPattern(kDeskName),
      .editor_credit = LazyPattern(kEditorCredit),
      .date_line_by_clause = LazyPattern(kDateLineByClause),
      .by_clause_lead = LazyPattern(kByClauseLead),
      .contents_head = LazyPattern(kContentsHead), .signup_field = LazyPattern(kSignUpField),
      .signup_fine_print = LazyPattern(kSignUpFinePrint),
      .company_box_head = CheckedPattern(kCompanyBoxHead),
      .press_contact_head = LazyPattern(kPressContactHead),
      .poll_head = LazyPattern(kPollHead),
      .media_length = LazyPattern(kMediaLength),
      .shortcode_line = LazyPattern(kShortcodeLine),
      .glued_byline_label = CheckedPattern(kGluedBylineLabel),
      .outlet_address = LazyPattern(kOutletAddress),
      .photo_credit_name = LazyPattern(kPhotoCreditName),
      .person_bio = CheckedPattern(kPersonBio, kPersonBioLoose),
      .author_page_link = AnyCasePattern(kAuthorPageLink),
      .non_author_credit = AnyCasePattern(kNonAuthorCredit),
      .non_author_note = LazyPattern(kNonAuthorNote),
      .byline_section = CheckedPattern(kBylineSection),
      .byline_outlet_for = CheckedPattern(kBylineOutletFor),
      .place_before_byline = CheckedPattern(kPlaceBeforeByline),
      .name_role_suffix = LazyPattern(kNameRoleSuffix),
      .reporter_suffix = LazyPattern(kReporterSuffix),
      .cjk_byline_field = LazyPattern(kCjkBylineField),
      .bracketed_nickname = CheckedPattern(kBracketedNickname),
      .author_credential = AnyCasePattern(kAuthorCredential),
      .agency_name = AnyCasePattern(kAgencyName),
      .agency_line = LazyPattern(kAgencyLine),
      .modified_label_before = AnyCasePattern(kModifiedLabelBefore),
      .expiry_label = AnyCasePattern(kExpiryLabel),
      .modified_label_after = LazyPattern(kModifiedLabelAfter),
      .date_label_lead = AnyCasePattern(kDateLabelLead),
      .date_nav_lead = AnyCasePattern(kDateNavLead),
      .date_nav_tail = LazyPattern(kDateNavTail),
      .lead_dateline_mark = LazyPattern(kLeadDatelineMark),
      .caption_credit = CheckedPattern(kCaptionCredit),
      .caption_credit_trailing = CheckedPattern(kCaptionCreditTrailing),
      .slash_credit = CheckedPattern(kSlashCredit),
      .figure_label = LazyPattern(kFigureLabel),
      .picture_description = LazyPattern(kPictureDescription),
      .image_file_name = LazyPattern(kImageFileName),
      .credit_opening = LazyPattern(kCreditOpening),
      .person_pictured = LazyPattern(kPersonPictured),
      .person_pictured_verb = LazyPattern(kPersonPicturedVerb),
      .video_caption_length = LazyPattern(kVideoCaptionLength),
      .credit_suffix = LazyPattern(kCreditSuffix, CaseInsensitive()),
      .caption_credit_label = LazyPattern(kCaptionCreditLabel),
      .caption_credit_by = UpperLedPattern(kCaptionCreditBy),
      .caption_credit_glued = UpperLedPattern(kCaptionCreditGlued),
      .caption_credit_spaced = UpperLedPattern(kCaptionCreditSpaced),
      .caption_credit_tail = UpperLedPattern(kCaptionCreditTail),
      .caption_control = AnyCasePattern(kCaptionControl),
      .image_label = AnyCasePattern(kImageLabel),
      .portrait_alt = AnyCasePattern(kPortraitAlt),
      .author_photo_label = AnyCasePattern(kAuthorPhotoLabel),
      .caption_control_suffix = LazyPattern(kCaptionControlSuffix),
      .section_heads = MakeList(kSectionHeads, Case::kAny, RE2::ANCHOR_BOTH),
      .boilerplate = MakeList(kBoilerplate, Case::kAny, RE2::UNANCHORED),
      .credit_lines = MakeList(kCreditLines, Case::kAny, RE2::ANCHOR_BOTH),
      .caption_leads = MakeList(kCaptionLeads, Case::kExact, RE2::ANCHOR_BOTH),
      .embed_signature = CheckedPattern(kEmbedSignature),
      .chrome_lines = MakeList(kChromeLines, Case::kAny, RE2::ANCHOR_BOTH),
      .title_chrome = MakeList(kTitleChrome, Case::kAny, RE2::UNANCHORED),
      .comment_says = LazyPattern(kCommentSays),
      .comment_tools_line = LazyPattern(kCommentToolsLine),
      .comment_name_around = LazyPattern(kCommentNameAround),
      .relative_time_line = LazyPattern(kRelativeTimeLine),
      .names_then_relative_time = LazyPattern(kNamesThenRelativeTime),
  };
}

}  // namespace

const Heuristics& GetHeuristics() {
  static const Heuristics* heuristics = Build();
  return *heuristics;
}

std::vector<const AnyCasePattern*> AllAnyCasePatterns() {
  const Heuristics& h = GetHeuristics();
  return {&h.appeal_terms, &h.paywall_prompt, &h.cookie_notice, &h.embed_consent, &h.author_role,
          &h.error_page, &h.non_author_credit, &h.modified_label_before, &h.expiry_label, &h.author_credential,
          &h.agency_name, &h.caption_control, &h.image_label, &h.portrait_alt, &h.author_photo_label,
          &h.author_page_link};
}

std::vector<const RE2*> AllSinglePatterns() {
  const Heuristics& h = GetHeuristics();
  std::vector<const RE2*> all;
  for (const LazyPattern* p :
       {&h.byline_prefix.Ascii(), &h.byline_prefix.Wide(), h.byline_prefix.Gated(), &h.byline_noise, &h.author_separator, &h.agency_line,
        &h.markup_tag, &h.title_separator, &h.headline_page_mark, &h.article_type, &h.credit_suffix,
        &h.written_address, &h.shop_link, &h.modified_label_after, &h.lead_dateline_mark, &h.caption_credit_label,
        &h.non_author_note, &h.spelled_byline_label, &h.by_word, &h.menu_facet,
        &h.time_after_names, &h.date_line_field, &h.desk_name, &h.editor_credit, &h.date_line_by_clause, &h.by_clause_lead,
        &h.contents_head, &h.signup_field, &h.signup_fine_print, &h.press_contact_head,
        &h.poll_head, &h.media_length, &h.shortcode_line,
        &h.name_role_suffix, &h.reporter_suffix, &h.cjk_byline_field,
        &h.caption_control_suffix, &h.comment_says, &h.comment_tools_line,
        &h.comment_name_around, &h.relative_time_line, &h.names_then_relative_time}) {
    all.push_back(&static_cast<const RE2&>(*p));
  }
  for (const CheckedPattern* p : {&h.caption_credit, &h.caption_credit_trailing, &h.slash_credit, &h.embed_signature,
                                  &h.glued_byline_label, &h.byline_section, &h.byline_outlet_for,
                                  &h.place_before_byline, &h.person_bio, &h.bracketed_nickname, &h.company_box_head}) {
    all.push_back(&static_cast<const RE2&>(p->Loose()));
    all.push_back(&static_cast<const RE2&>(p->Exact()));
  }
  for (const AnyCasePattern* p : AllAnyCasePatterns()) all.push_back(&static_cast<const RE2&>(p->Compiled()));
  for (const UpperLedPattern* p :
       {&h.caption_credit_by, &h.caption_credit_glued, &h.caption_credit_spaced, &h.caption_credit_tail}) {
    all.push_back(&static_cast<const RE2&>(p->Loose()));
    all.push_back(&static_cast<const RE2&>(p->Exact()));
  }
  return all;
}

std::vector<const ClassPattern*> AllClassPatterns() {
  const Heuristics& h = GetHeuristics();
  return {&h.chrome_class, &h.strong_chrome_class, &h.keep_class, &h.positive_class, &h.negative_class,
          &h.caption_class, &h.byline_class, &h.post_class_list, &h.author_title_class, &h.quote_author_class, &h.date_class,
          &h.headline_class, &h.kicker_class, &h.embed_class, &h.header_class, &h.hidden_class, &h.credit_class, &h.tag_box_class, &h.button_class,
          &h.comment_class,
          &h.comment_item_class, &h.comment_item_id, &h.comment_text_class, &h.comment_layer_class,
          &h.comment_author_class, &h.comment_tools_class};
}

namespace {

// The names of subscribers and newsletters in kGatedLabelPhrases written in
// ASCII or Latin-1 letters (stems: "abon" for "abonati", "abonnees",
// "abonnenter", "abonelere"; "sbrev" for "nyhedsbrev", "nyhetsbrev"), and
// its labels in Latin-1 letters ("hirdet" for "hirdetés"), in lower case.
// Its other words hold a letter HoldsGatedLetter finds.
constexpr std::string_view kGatedLabelWords[] = {
    "subskrybent", "prenumera", "abon",   "pretplatni", "assinantes", "abbonati", "tilaaj",
    "pelanggan",   "newsletter", "nieuwsbrief", "sbrev", "uutiskirje", "bilten", "e-novice",
    "hírlevel",    "bülten",    "hirdet", "fotó",       "forrás",     "lähde"};

// Whether `lower` holds a UTF-8 lead byte of the letters from Latin
// Extended-A to Arabic (0xc4-0xdf), or of the scripts from Indic to the
// full-width forms (0xe3-0xef). Not 0xc2, 0xc3 or 0xe2, whose characters
// (no-break space, "©", "é", curly quotes, dashes) English pages hold in
// many blocks.
bool HoldsGatedLetter(std::string_view lower) {
  return std::any_of(lower.begin(), lower.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return (b >= 0xc4 && b <= 0xdf) || (b >= 0xe3 && b <= 0xef);
  });
}

// Whether a block in lower case may match one of kGatedLabelPhrases: each
// of its patterns needs one of these letters or words.
bool MayMatchGatedLabel(std::string_view lower) {
  return HoldsGatedLetter(lower) || ContainsAny(lower, kGatedLabelWords);
}

const PatternList& GatedLabelPhrases() {
  static const PatternList list = MakeList(kGatedLabelPhrases, Case::kAny, RE2::ANCHOR_BOTH);
  return list;
}

}  // namespace

std::vector<const PatternList*> AllPatternLists() {
  const Heuristics& h = GetHeuristics();
  return {&h.label_phrases, &GatedLabelPhrases(), &h.section_heads, &h.boilerplate, &h.credit_lines, &h.caption_leads,
          &h.chrome_lines, &h.title_chrome};
}

std::size_t GluedBylinePrefix(std::string_view text) {
  // Checked in code: RE2 compiles \p{Lu} into some 800 instructions.
  for (std::string_view prefix : GluedBylinePrefixes()) {
    if (text.substr(0, prefix.size()) != prefix) continue;
    std::size_t next = prefix.size();
    if (next < text.size() && u_isupper(static_cast<UChar32>(NextCodePoint(text, next)))) return prefix.size();
  }
  return 0;
}

bool GluedByWord(std::string_view text) {
  return GluedBylinePrefix(text) > 0 && (text.starts_with("By") || text.starts_with("by"));
}

int CountMarkupTags(std::string_view text) {
  re2::StringPiece input(text.data(), text.size());
  int n = 0;
  while (n < 3 && RE2::FindAndConsume(&input, GetHeuristics().markup_tag)) ++n;
  return n;
}

bool EndsWithPhotoCredit(std::string_view text) {
  // The parentheses are the text's last and hold none, so the credit after
  // the colon is the one the pattern could match.
  std::string credit;
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), GetHeuristics().credit_suffix, &credit) &&
         CountChars(credit) <= 80;
}

namespace {

const char* MatchFirst(const PatternList& list, std::string_view text) {
  if (text.size() > 2000) return nullptr;
  std::string lowered;
  if (list.match_lowered) {
    lowered = LowerSameLength(text);
    text = lowered;
  }
  return list.MatchFirst(text);
}

}  // namespace

bool IsAuthorPageLink(std::string_view href) {
  const auto opens_folder = [](std::string_view at) {
    // The first letter in either case first (the stems are lower case letters).
    return !at.empty() && std::any_of(std::begin(kAuthorPageFolderStems), std::end(kAuthorPageFolderStems),
                                      [at](std::string_view stem) {
                                        return (at[0] | 0x20) == stem[0] && StartsWithNoCase(at, stem);
                                      });
  };
  bool may = opens_folder(href);
  for (std::size_t slash = href.find('/'); !may && slash != std::string_view::npos; slash = href.find('/', slash + 1)) {
    may = opens_folder(href.substr(slash + 1));
  }
  return may && GetHeuristics().author_page_link.PartialMatch(href);
}

// The longest line the label phrases and section heads are tried on: a
// label or a section's head is one short line, and a longer block is a
// paragraph no phrase matches whole, which running the sets over would
// only cost. IsAuthorBoxHead and MatchesCommentsHead keep MatchSectionHead's
// bound, so that they answer as the whole set does.
constexpr std::size_t kMaxPhraseLineBytes = 300;

const char* MatchLabelPhraseLower(std::string_view lower) {
  if (lower.size() > kMaxPhraseLineBytes) return nullptr;
  const char* name = GetHeuristics().label_phrases.MatchFirst(lower);
  return name != nullptr || !MayMatchGatedLabel(lower) ? name : GatedLabelPhrases().MatchFirst(lower);
}
const char* MatchSectionHead(std::string_view line) {
  return line.size() > kMaxPhraseLineBytes ? nullptr : MatchFirst(GetHeuristics().section_heads, line);
}

bool MatchesCommentsHead(std::string_view line) {
  static_assert(std::string_view(kSectionHeads[0].name) == "section: comments");
  static const LazyPattern head(kSectionHeads[0].pattern);
  return line.size() <= kMaxPhraseLineBytes && RE2::FullMatch(LowerSameLength(line), head);
}
// Words one of which every kAuthorBoxHead form holds, lower case: the
// pattern's many-letter wildcards ("more articles by .{1,60}") cost a
// page 3.5 M instructions to compile, and a byline ("By Jane Roe") holds
// none of them.
constexpr std::string_view kAuthorBoxHeadWords[] = {"aut", "contributor", "articles", "posts", "stories", "schrijver"};

bool IsAuthorBoxHead(std::string_view line) {
  if (line.size() > kMaxPhraseLineBytes) return false;
  const std::string lower = LowerSameLength(line);
  if (!ContainsAny(lower, kAuthorBoxHeadWords)) return false;
  static const LazyPattern head(
      std::find_if(std::begin(kSectionHeads), std::end(kSectionHeads),
                   [](const Source& s) { return std::string_view(s.name) == kAuthorBoxHead; })
          ->pattern);
  return RE2::FullMatch(lower, head) && IsNamed(MatchSectionHead(line), kAuthorBoxHead);
}
const char* MatchBoilerplate(std::string_view line) { return MatchFirst(GetHeuristics().boilerplate, line); }
const char* MatchCreditLine(std::string_view line) {
  return line.size() > 200 ? nullptr : MatchFirst(GetHeuristics().credit_lines, line);
}
const char* MatchCaptionLead(std::string_view line) {
  return line.size() > 1000 ? nullptr : MatchFirst(GetHeuristics().caption_leads, line);
}
bool IsEmbedSignature(std::string_view line) {
  return line.size() <= 200 && GetHeuristics().embed_signature.FullMatch(line);
}
bool IsContentsHead(std::string_view line) {
  return line.size() <= kContentsHeadMaxBytes && RE2::FullMatch(line, GetHeuristics().contents_head);
}
bool IsSignUpField(std::string_view line) {
  return line.size() <= kSignUpFieldMaxBytes && RE2::FullMatch(line, GetHeuristics().signup_field);
}
bool SaysPrintLayout(std::string_view lower) {
  // The word first: a page's class keys rarely hold it, and the pattern
  // is then never compiled.
  if (lower.find("print") == std::string_view::npos) return false;
  static const ClassPattern print(kPrintClass);
  return print.MatchesLower(lower);
}

namespace {

// Whether `line`, lower-cased, is a head `head` matches whole: only a line
// of at most `max_bytes` that holds one of `words` is asked, so most lines
// never reach the pattern.
bool IsGatedHead(std::string_view line, std::size_t max_bytes, std::span<const std::string_view> words,
                 const RE2& head) {
  if (line.size() > max_bytes) return false;
  const std::string lower = LowerSameLength(line);
  return ContainsAny(lower, words) && RE2::FullMatch(Piece(lower), head);
}

}  // namespace

bool IsPressContactHead(std::string_view line) {
  static constexpr std::string_view kPressContactWords[] = {"contact", "kontakt", "enquiries", "inquiries",
                                                            "contatt", "office", "persvragen"};
  return IsGatedHead(line, kPressContactHeadMaxBytes, kPressContactWords, GetHeuristics().press_contact_head);
}

bool IsPollHead(std::string_view line) {
  static constexpr std::string_view kPollHeadWords[] = {"poll", "umfrage", "abstimmung", "meinung", "sondage",
                                                        "encuesta", "sondaggio", "peiling", "what do you think"};
  return IsGatedHead(line, kPollHeadMaxBytes, kPollHeadWords, GetHeuristics().poll_head);
}

CompanyBoxHeadName CompanyBoxName(std::string_view line) {
  // The loose form first: the name's letter class and bounded repeat cost
  // 5 M instructions to compile, which a page with no such head need not pay.
  const CheckedPattern& head = GetHeuristics().company_box_head;
  re2::StringPiece article, name;
  if (line.size() > kCompanyBoxHeadMaxBytes || !RE2::FullMatch(Piece(line), head.Loose()) ||
      !RE2::FullMatch(Piece(line), head.Exact(), &article, &name)) {
    return {};
  }
  return {{name.data(), name.size()}, !article.empty()};
}

bool IsPollVoteLabel(std::string_view line) {
  if (line.size() > kPollVoteLabelMaxBytes) return false;
  std::string lower = LowerSameLength(Trim(line));
  while (!lower.empty() && (lower.back() == '!' || lower.back() == '.' || lower.back() == ':' || lower.back() == ' ')) {
    lower.pop_back();
  }
  return std::find(std::begin(kPollVoteLabels), std::end(kPollVoteLabels), lower) != std::end(kPollVoteLabels);
}

bool IsEmailViewLink(std::string_view text) {
  if (text.size() > kEmailViewLinkMaxBytes) return false;
  const std::string lower = LowerSameLength(Trim(text));
  if (!ContainsAny(lower, kEmailViewLinkWords)) return false;
  static const LazyPattern link(kEmailViewLink);
  return RE2::FullMatch(Piece(lower), link);
}

namespace {

// Whether lower-cased `text` holds one of `words` whole, set apart by
// anything but a letter, a digit or a hyphen.
bool HoldsWord(std::string_view text, std::span<const std::string_view> words) {
  const auto inside = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; };
  for (std::size_t i = 0; i < text.size();) {
    if (!inside(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && inside(text[j])) ++j;
    const std::string_view word = text.substr(i, j - i);
    if (std::find(words.begin(), words.end(), word) != words.end()) return true;
    i = j;
  }
  return false;
}

}  // namespace

bool IsEmailViewLine(std::string_view line, std::size_t link_begin, std::size_t link_end) {
  if (link_begin >= link_end || link_end > line.size()) return false;
  const std::string_view link = line.substr(link_begin, link_end - link_begin);
  if (!IsEmailViewLink(link)) return false;
  if (CountWords(link) * 2 >= CountWords(line)) return true;
  const std::string before = LowerSameLength(Trim(line.substr(0, link_begin)));
  const std::string after = LowerSameLength(line.substr(link_end));
  if (ContainsAny(before, kThisMail) || ContainsAny(after, kThisMail)) return true;
  const std::string around = before + " " + after;
  if (ContainsAny(around, kShowsBadlyCues) && HoldsWord(around, kMailNouns)) return true;
  return std::any_of(std::begin(kTitleBeforeLinkMarks), std::end(kTitleBeforeLinkMarks),
                     [&](std::string_view mark) { return before.ends_with(mark); });
}

bool IsPollShareLine(std::string_view line) {
  if (line.size() > kPollShareLineMaxBytes ||
      std::find_if(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; }) == line.end()) {
    return false;
  }
  return line.find('%') != std::string_view::npos || ContainsAny(LowerSameLength(line), kPollShareWords);
}

// A place after each writer's name when several report from different
// cities: "By Jane Roe in Washington and John Doe in London", "Jana Roe
// in Berlin und Max Muster in Paris" (news agencies' and papers' joint
// reports). The place before a co-author's full name is cut here; the last
// one goes with kBylineSection, which cuts from "in" to the end.
constexpr char kPlaceBeforeCoauthor[] =
    "\\s+in\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2}((?:,|\\s(?:and|und|&))\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu})";

bool MayHoldRelativeTime(std::string_view text) {
  const std::string lower = AsciiLower(text);
  if (ContainsAny(lower, kRelativeTimeWords)) return true;
  for (std::size_t k = lower.find('y', 1); k != std::string::npos; k = lower.find('y', k + 1)) {
    if (k + 1 < lower.size() && IsPatternSpace(lower[k - 1]) && IsPatternSpace(lower[k + 1])) return true;
  }
  return false;
}

bool IsRelativeTimeLine(std::string_view text) {
  // kRelativeTimeLine's short form ("4d", "12mo") opens with a digit.
  const bool short_form = !text.empty() && text.size() <= 4 && text.front() >= '0' && text.front() <= '9';
  return (short_form || MayHoldRelativeTime(text)) && RE2::FullMatch(Piece(text), GetHeuristics().relative_time_line);
}

const CheckedPattern& PlaceBeforeCoauthor() {
  static const CheckedPattern place(kPlaceBeforeCoauthor);
  return place;
}

bool IsOthersPostClass(std::string_view value) {
  static const ClassPattern others(kOthersPostClass);
  return others.Matches(value);
}

const RE2& CreditAfterStop() {
  static const LazyPattern credit(kCreditAfterStop);
  return credit;
}

const RE2& CjkBylineNoise() {
  static const LazyPattern noise(kCjkBylineNoise);
  return noise;
}

std::string_view BracketedCjkCreditNames(std::string_view line) {
  // The brackets are full-width: a line in ASCII has none, and the two of
  // them alone take six bytes.
  constexpr std::size_t kBracketsBytes = 6;
  if (line.size() > kBracketedCjkCreditMaxBytes || line.size() < kBracketsBytes ||
      static_cast<unsigned char>(line.front()) < 0x80) {
    return {};
  }
  static const LazyPattern credit(kBracketedCjkCredit);
  re2::StringPiece names;
  if (!RE2::FullMatch(re2::StringPiece(line.data(), line.size()), credit, &names)) return {};
  return {names.data(), names.size()};
}

std::string_view WireSignOffReporters(std::string_view line) {
  // A cheap test first: the pattern is compiled only for a line that may
  // be one ("Reporting by" near its start, in any case).
  const std::string lead = AsciiLower(line.substr(0, kWireSignOffLeadBytes + sizeof("reporting")));
  if (line.size() > kWireSignOffMaxBytes || lead.find("reporting") > kWireSignOffLeadBytes) return {};
  static const LazyPattern sign_off(kWireSignOff);
  re2::StringPiece names;
  if (!RE2::FullMatch(re2::StringPiece(line.data(), line.size()), sign_off, &names)) return {};
  return {names.data(), names.size()};
}

bool StartsWithPublishedLabel(std::string_view text) {
  static const LazyPattern label(kPublishedLabelAfter);
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), label);
}

std::string_view WireLeadCreditNames(std::string_view paragraph) {
  // A cheap test first: the pattern (Hangul and Han classes) is compiled
  // only for a paragraph whose opening holds a reporter's title.
  const std::string_view lead = paragraph.substr(0, kWireLeadCreditScanBytes);
  static constexpr std::string_view kMarks[] = {"记者", "記者", "기자", "특파원"};
  if (lead.empty() || (static_cast<unsigned char>(lead.front()) < 0x80 && lead.front() != '(' && lead.front() != '[')) {
    return {};
  }
  if (std::none_of(std::begin(kMarks), std::end(kMarks), [&](std::string_view m) { return lead.find(m) != lead.npos; })) {
    return {};
  }
  static const LazyPattern credit(kWireLeadCredit);
  re2::StringPiece zh, zh_unbracketed, ko, zh_before_place;
  if (!RE2::PartialMatch(re2::StringPiece(paragraph.data(), paragraph.size()), credit, &zh, &zh_unbracketed, &ko,
                         &zh_before_place)) {
    return {};
  }
  const re2::StringPiece names = !zh.empty()               ? zh
                                 : !zh_unbracketed.empty() ? zh_unbracketed
                                 : !ko.empty()             ? ko
                                                           : zh_before_place;
  return {names.data(), names.size()};
}

bool IsPhotoCreditLine(std::string_view line) {
  // A cheap test first: the label's colon near the start.
  if (line.substr(0, kPhotoCreditLabelBytes).find(':') == std::string_view::npos) return false;
  static const LazyPattern credit(kPhotoCreditLine);
  return RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), credit);
}

bool IsSignUpFinePrint(std::string_view line) {
  return RE2::PartialMatch(line.substr(0, kSignUpFinePrintLeadBytes), GetHeuristics().signup_fine_print);
}
bool IsShortcodeLine(std::string_view line) {
  return line.size() <= kShortcodeLineMaxBytes && line.find('[') != std::string_view::npos &&
         RE2::FullMatch(line, GetHeuristics().shortcode_line);
}
bool EndsWithVideoStamp(std::string_view text) {
  // Only a text ending in "min" is searched: the pattern is compiled on
  // the first such block, not on every page.
  const std::string_view whole = Trim(text);
  std::string_view t = whole;
  if (!t.empty() && t.back() == '.') t.remove_suffix(1);
  if (t.size() < 3 || AsciiLower(t.substr(t.size() - 3)) != "min") return false;
  static const LazyPattern stamp(kVideoStampEnding);
  const std::string_view tail = whole.substr(whole.size() - std::min(whole.size(), kVideoStampMaxBytes));
  return RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), stamp);
}
bool IsMediaLength(std::string_view line) {
  return line.size() <= kMediaLengthMaxBytes && RE2::FullMatch(line, GetHeuristics().media_length);
}
const char* MatchChromeLine(std::string_view line) {
  return line.size() > 100 ? nullptr : MatchFirst(GetHeuristics().chrome_lines, line);
}
const char* MatchTitleChrome(std::string_view line) {
  return line.size() > 300 ? nullptr : MatchFirst(GetHeuristics().title_chrome, line);
}

int CountAppealTerms(std::string_view lower) {
  re2::StringPiece input(lower.data(), lower.size());
  std::string term;
  std::vector<std::string> seen;
  while (RE2::FindAndConsume(&input, GetHeuristics().appeal_terms.Compiled(), &term)) {
    // "help us" and "helps us" are one term, and so are the forms of one
    // word ("donate", "donation"; "abonnieren", "Abonnement"): a guide to
    // giving things away says both and pitches nothing.
    if (term == "helps us") term = "help us";
    bool dup = false;
    for (const auto& s : seen) dup = dup || s.substr(0, 5) == term.substr(0, 5);
    if (!dup) seen.push_back(term);
  }
  return static_cast<int>(seen.size());
}

}  // namespace pith
