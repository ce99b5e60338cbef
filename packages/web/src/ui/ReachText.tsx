import { reachPieces } from './contact-links.ts';

/**
 * A person's "how to reach" words with numbers as tap-to-call links and addresses as links, so a
 * resource can be used in one tap. Links inside a sentence stay inline; the words are never changed.
 */
export function ReachText({ words, className }: { readonly words: string; readonly className?: string }) {
  return (
    <span className={className}>
      {reachPieces(words).map((piece, index) =>
        'href' in piece ? (
          <a
            key={index}
            className="reach-link"
            href={piece.href}
            {...(piece.href.startsWith('http') ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
          >
            {piece.text}
          </a>
        ) : (
          piece.text
        ),
      )}
    </span>
  );
}
