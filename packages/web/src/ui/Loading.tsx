export function Loading() {
  return (
    <p className="loading" role="status">
      One moment…
    </p>
  );
}
