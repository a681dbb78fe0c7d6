import type { DraftField } from '@/lib/editorial/draft-form';

/** What each form field is called where its errors are listed (the summary above the form, the live preview). */
export const FIELD_LABELS: Record<DraftField, string> = {
  headline: 'Headline',
  standfirst: 'Standfirst',
  slug: 'Address',
  section: 'Section',
  language: 'Language',
  tags: 'Topics',
  authors: 'Authors',
  socialTitle: 'Social headline',
  socialDescription: 'Social description',
  heroSrc: 'Main picture address',
  heroAlt: 'Main picture description',
  heroCaption: 'Caption',
  heroCredit: 'Credit',
  heroWidth: 'Width',
  heroHeight: 'Height',
  body: 'Text',
};
