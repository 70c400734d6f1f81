using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>A control-point response, indicated after every write: the request's opcode and a result code.</summary>
    public struct ControlPointResponse
    {
        /// <summary>Creates a response.</summary>
        /// <param name="requestOpcode">The opcode of the request answered (0 for an empty write).</param>
        /// <param name="result">The result.</param>
        public ControlPointResponse(ControlPointOpcode requestOpcode, ControlPointResult result)
        {
            RequestOpcode = requestOpcode;
            Result = result;
        }

        /// <summary>The opcode of the request answered (<see cref="ControlPointOpcode.None"/> for an empty write).</summary>
        public ControlPointOpcode RequestOpcode { get; }

        /// <summary>The result.</summary>
        public ControlPointResult Result { get; }

        /// <summary>The fields by name, e.g. for logs and the debugger.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            return "ControlPointResponse { RequestOpcode = " + ValueText.Opcode(RequestOpcode) + ", Result = " + ValueText.Result(Result) + " }";
        }
    }
}
