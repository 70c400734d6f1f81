using System;
using CydShunt.Protocol;

namespace CydShunt.Fuzz.Harness;

/// <summary>A codec's <c>TryDecode(byte[], offset, count, out value, out error)</c>.</summary>
public delegate bool TryDecodeArray<T>(byte[] source, int offset, int count, out T value, out ProtocolError error);

/// <summary>A codec's <c>TryDecode(ReadOnlySpan&lt;byte&gt;, out value, out error)</c>.</summary>
public delegate bool TryDecodeSpan<T>(ReadOnlySpan<byte> source, out T value, out ProtocolError error);

/// <summary>A codec's throwing <c>Decode(byte[], offset, count)</c>.</summary>
public delegate T DecodeArray<T>(byte[] source, int offset, int count);

/// <summary>A codec's <c>TryEncode(value, byte[], offset, out bytesWritten, out error)</c>.</summary>
public delegate bool TryEncodeArray<T>(T value, byte[] destination, int offset, out int bytesWritten, out ProtocolError error);

/// <summary>A codec's <c>TryEncode(value, Span&lt;byte&gt;, out bytesWritten, out error)</c>.</summary>
public delegate bool TryEncodeSpan<T>(T value, Span<byte> destination, out int bytesWritten, out ProtocolError error);
