/**
 * A small, generic vocabulary of web-page UI labels. It is only ONE signal: the cleaner drops a
 * line for it only where shape or position already make the line suspect (short, outside the body
 * or between body paragraphs without being a heading). Compared lower-case, punctuation folded.
 */
export const UI_LABELS: readonly string[] = [
  'skip',
  'skip to content',
  'skip to main content',
  'skip navigation',
  'main menu',
  'menu',
  'search',
  'sign in',
  'log in',
  'login',
  'subscribe',
  'sign up',
  'newsletter',
  'breaking news',
  'live',
  'share',
  'share this',
  'share this article',
  'share on facebook',
  'share on twitter',
  'tweet',
  'email',
  'print',
  'copy link',
  'comments',
  'comment',
  'advertisement',
  'sponsored',
  'sponsored content',
  'read more',
  'read next',
  'see more',
  'show more',
  'load more',
  'more',
  'continue reading',
  'next',
  'previous',
  'back to top',
  'top',
  'related',
  'more stories',
  'more on this story',
  'most read',
  'most popular',
  'trending',
  'recommended',
  'you may also like',
  'also read',
  'see also',
  'watch',
  'listen',
  'video',
  'photos',
  'gallery',
  'home',
  'news',
  'world',
  'cookie settings',
  'accept cookies',
  'follow us',
  'latest',
  'latest news',
  'top stories',
  "editor's picks",
  'opinion',
  'tags',
  'topics',
];

/**
 * Generic nouns that may follow a UI label ("Related" + "articles", "Skip" + "links", "Back to
 * top" + "button"): a label followed by one of these is still a label.
 */
export const UI_LABEL_NOUNS: readonly string[] = [
  'articles',
  'article',
  'stories',
  'story',
  'news',
  'content',
  'links',
  'link',
  'button',
  'topics',
  'posts',
  'videos',
  'items',
  'reads',
  'coverage',
  'section',
  'menu',
];

/** Words that open a photo caption ("FILE PHOTO: ...", "Photo: ..."). */
export const CAPTION_OPENERS: readonly string[] = [
  'file photo',
  'file',
  'photo',
  'pictured',
  'in this photo',
  'in this file photo',
];

/** Words that introduce a photo credit ("Credit…Name/Agency", "Photo: AFP", "Image: Reuters"). */
export const CREDIT_WORDS: readonly string[] = [
  'credit',
  'credits',
  'photo',
  'photograph',
  'photos',
  'image',
  'picture',
  'source',
];

/** Phrases by which a caption describes who is where in a photo. */
export const PHOTO_POSITION_WORDS: readonly string[] = [
  'left',
  'right',
  'center',
  'centre',
  'second left',
  'second right',
  'from left',
  'front',
  'back row',
];

/** Words that open a byline or a date stamp under a headline ("By Jane Doe", "Updated 2 hours ago"). */
export const BYLINE_OPENERS: readonly string[] = [
  'by',
  'reporting by',
  'written by',
  'published',
  'updated',
  'posted',
];
