export default function Loading() {
  return (
    <div className="grid animate-pulse gap-4 sm:grid-cols-4">
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="panel h-24" />
      ))}
    </div>
  );
}
