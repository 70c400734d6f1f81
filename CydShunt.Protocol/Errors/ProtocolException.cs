using System;

namespace CydShunt.Protocol
{
    /// <summary>
    /// Thrown by the throwing variants (<c>Decode</c>, <c>Encode</c>, <c>Create</c>) when the corresponding
    /// <c>Try</c> method would have returned <see langword="false"/>. <see cref="Error"/> says what was wrong.
    /// </summary>
    public class ProtocolException : Exception
    {
        /// <summary>Creates an exception for <paramref name="error"/> found while handling <paramref name="what"/>.</summary>
        /// <param name="error">The error kind.</param>
        /// <param name="what">The message or value being handled, e.g. <c>"live snapshot"</c>.</param>
        public ProtocolException(ProtocolError error, string what)
            : base(what + ": " + ProtocolErrors.GetName(error) + ". " + ProtocolErrors.Describe(error))
        {
            Error = error;
        }

        /// <summary>What was wrong.</summary>
        public ProtocolError Error { get; }
    }
}
