using System;

namespace CydShunt.Protocol
{
    /// <summary>
    /// Thrown by the throwing variants (<c>Decode</c>, <c>Encode</c>, <c>Parse</c>, <c>Create</c>) when the corresponding
    /// <c>Try</c> method would have returned <see langword="false"/>. <see cref="Error"/> says what was wrong and
    /// <see cref="Offset"/> where, when known.
    /// </summary>
    public class ProtocolException : Exception
    {
        /// <summary>Creates an exception with a default message.</summary>
        public ProtocolException()
            : this("The bytes do not follow the CydShunt protocol.")
        {
        }

        /// <summary>Creates an exception with <paramref name="message"/>; <see cref="Error"/> is <see cref="ProtocolError.None"/> and <see cref="Offset"/> −1.</summary>
        /// <param name="message">The message.</param>
        public ProtocolException(string message)
            : base(message)
        {
            Offset = -1;
        }

        /// <summary>Creates an exception with <paramref name="message"/> caused by <paramref name="inner"/>.</summary>
        /// <param name="message">The message.</param>
        /// <param name="inner">The exception that caused this one.</param>
        public ProtocolException(string message, Exception inner)
            : base(message, inner)
        {
            Offset = -1;
        }

        /// <summary>Creates an exception for <paramref name="error"/> found while handling <paramref name="what"/>, position unknown.</summary>
        /// <param name="error">The error kind.</param>
        /// <param name="what">The message or value being handled, e.g. <c>"live snapshot"</c>.</param>
        public ProtocolException(ProtocolError error, string what)
            : this(error, what, -1)
        {
        }

        /// <summary>Creates an exception for <paramref name="error"/> found at byte <paramref name="offset"/> of <paramref name="what"/>.</summary>
        /// <param name="error">The error kind.</param>
        /// <param name="what">The message or value being handled, e.g. <c>"BTHome frame"</c>.</param>
        /// <param name="offset">Where the problem sits, relative to the start of the bytes handled, or −1 when unknown.</param>
        public ProtocolException(ProtocolError error, string what, int offset)
            : base(what + ": " + ProtocolErrorText.GetName(error) + (offset >= 0 ? " at byte " + offset.ToString() : string.Empty) + ". " + ProtocolErrorText.Describe(error))
        {
            Error = error;
            Offset = offset < 0 ? -1 : offset;
        }

        /// <summary>What was wrong.</summary>
        public ProtocolError Error { get; }

        /// <summary>Where the problem sits, relative to the start of the bytes handled (the window or span), or −1 when unknown.</summary>
        public int Offset { get; }
    }
}
