// Locale and CMS status: the enums blog posts and pages share.
import { builder } from '../builder.ts';
import { CmsStatus } from '../../../prisma/generated/client/enums.ts';
import { LOCALES } from '../cms/entries.ts';

export const LocaleEnum = builder.enumType('Locale', { values: LOCALES, description: 'Language of CMS content: fa (Persian) or en (English).' });
export const CmsStatusEnum = builder.enumType(CmsStatus, { name: 'CmsStatus', description: 'Draft, published (public) or archived.' });
