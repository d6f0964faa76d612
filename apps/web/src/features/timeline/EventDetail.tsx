"use client";
import { Fragment, useEffect, useRef } from "react";
import type { EventDTO, EventSourceDTO } from "@dateline/schema";
import { formatDateWithPrecision, formatPublished } from "./d3/dateText";
import { safeHttpUrl } from "./links";
import { splitQuote } from "./quote";

export interface EventDetailProps {
  id: string;
  event: EventDTO | null;
  onClose(): void;
}

function Source({ source }: { source: EventSourceDTO }) {
  const { document } = source;
  const href = safeHttpUrl(document.url);
  const title = document.title ?? document.url ?? "Untitled document";
  return (
    <figure className="source">
      <blockquote className="source-quote" data-testid="source-quote">
        <p>
          {splitQuote(source.quote, source.highlight).map((part, i) =>
            part.highlighted ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
          )}
        </p>
      </blockquote>
      <figcaption>
        <dl className="source-meta">
          <dt>Document</dt>
          <dd>
            {href ? (
              <a href={href} rel="noopener noreferrer nofollow" target="_blank">
                {title}
              </a>
            ) : (
              title
            )}
          </dd>
          {document.publisher && (
            <>
              <dt>Publisher</dt>
              <dd>{document.publisher}</dd>
            </>
          )}
          {document.publishedAt && (
            <>
              <dt>Published</dt>
              <dd>
                <time dateTime={document.publishedAt}>{formatPublished(document.publishedAt, document.publishedPrecision)}</time>
              </dd>
            </>
          )}
          {source.dateText && (
            <>
              <dt>Date as written</dt>
              <dd>“{source.dateText}”</dd>
            </>
          )}
          {source.resolution && (
            <>
              <dt>Resolved</dt>
              <dd>{source.resolution}</dd>
            </>
          )}
        </dl>
      </figcaption>
    </figure>
  );
}

/** The selected event and its evidence. Focus moves to its heading when an event opens. */
export function EventDetail({ id, event, onClose }: EventDetailProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (event) headingRef.current?.focus({ preventScroll: true });
  }, [event]);

  return (
    <aside id={id} className="event-detail" aria-label="Event details" data-testid="event-detail">
      {event ? (
        <article aria-labelledby={`${id}-title`}>
          <header className="detail-header">
            <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
              {event.title}
            </h2>
            <button type="button" className="detail-close" onClick={onClose} aria-label="Close details">
              ×
            </button>
          </header>
          <p className="detail-date" data-testid="detail-date">
            {formatDateWithPrecision(event.date)}
          </p>
          {event.summary && <p className="detail-summary">{event.summary}</p>}
          <h3>Evidence</h3>
          {event.sources.length === 0 ? (
            <p>No source recorded.</p>
          ) : (
            event.sources.map((source, i) => <Source key={`${source.document.id}-${i}`} source={source} />)
          )}
        </article>
      ) : (
        <p className="detail-empty">Select an event on the timeline or in the list to read its source.</p>
      )}
    </aside>
  );
}
