import { NotFoundMessage } from '@/components/layout/NotFoundMessage';

/** 404 inside the public layout (unknown article, section, tag, author or page number). */
export default function SiteNotFound() {
  return <NotFoundMessage />;
}
