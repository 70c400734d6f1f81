using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CydShunt.Eng.PortableSubset;

/// <summary>
/// Checks that C# sources stay inside what .NET nanoFramework (CoreLibrary 1.17 line, C# 9 project default) compiles
/// and runs. The banned-API analyzer (eng/BannedSymbols.Portable.txt) catches APIs; this guard catches language
/// constructs that need runtime or library support nanoFramework 1.x lacks, which no API list can express.
/// Linked into every test project that owns portable code.
/// </summary>
public static class PortableSubsetGuard
{
    private static readonly CSharpParseOptions CSharp9 = new(LanguageVersion.CSharp9);

    /// <summary>Checks every *.cs file under <paramref name="directory"/> except bin/, obj/ and the excluded sub-folders.</summary>
    public static IReadOnlyList<string> CheckDirectory(string directory, params string[] excludedFolders)
    {
        string root = Path.GetFullPath(directory);
        IEnumerable<string> files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f =>
            {
                string relative = Path.GetRelativePath(root, f).Replace('\\', '/');
                return !relative.StartsWith("bin/", StringComparison.Ordinal)
                    && !relative.StartsWith("obj/", StringComparison.Ordinal)
                    && !excludedFolders.Any(x => relative.StartsWith(x.TrimEnd('/') + "/", StringComparison.Ordinal));
            });
        List<string> violations = [];
        foreach (string file in files.OrderBy(f => f, StringComparer.Ordinal))
        {
            violations.AddRange(CheckSource(File.ReadAllText(file), Path.GetRelativePath(root, file)));
        }

        return violations;
    }

    /// <summary>Checks one source text; each violation reads "file(line): what".</summary>
    public static IReadOnlyList<string> CheckSource(string source, string fileName)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, CSharp9, fileName);
        List<string> violations = [];
        // Roslyn reports "feature not available in C# 9" when binding, so the tree is put into a compilation; only
        // syntax errors and language-version errors are kept (missing references are not this guard's business).
        IEnumerable<Diagnostic> diagnostics = tree.GetDiagnostics()
            .Concat(CSharpCompilation.Create("guard", [tree]).GetDiagnostics().Where(IsLanguageVersionError));
        foreach (Diagnostic d in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).DistinctBy(d => d.Location.SourceSpan.Start + d.Id))
        {
            violations.Add(Where(fileName, d.Location) + "not C# 9 (nanoFramework's project default): " + d.GetMessage());
        }

        foreach (SyntaxNode node in tree.GetRoot().DescendantNodesAndSelf())
        {
            string? problem = Problem(node);
            if (problem != null)
            {
                violations.Add(Where(fileName, node.GetLocation()) + problem);
            }
        }

        foreach (SyntaxToken token in tree.GetRoot().DescendantTokens())
        {
            string? problem = token.Kind() switch
            {
                SyntaxKind.AsyncKeyword => "async: nanoFramework has no Task",
                SyntaxKind.UnsafeKeyword => "unsafe code is not supported by nanoFramework",
                SyntaxKind.FixedKeyword => "fixed is not supported by nanoFramework",
                SyntaxKind.YieldKeyword => "iterators generate generic IEnumerable<T> implementations",
                _ => null,
            };
            if (problem != null)
            {
                violations.Add(Where(fileName, token.GetLocation()) + problem);
            }
        }

        return violations;
    }

    private static string? Problem(SyntaxNode node) => node switch
    {
        TypeParameterListSyntax => "generic declarations are not supported by nanoFramework 1.x",
        // CoreLibrary 1.17 declares Action<T> and Func<T>, but nanoCLR 1.x does not run generic code: an assembly using
        // Action<string> crashed the interpreter on load (docs/nanoframework-notes.md). Declare a non-generic delegate.
        GenericNameSyntax g => "generic type or method '" + g.Identifier.ValueText + "' (nanoCLR runs no generic code, not even Action<>/Func<>: declare a delegate)",
        RecordDeclarationSyntax => "records need IEquatable<T>, which nanoFramework lacks",
        TupleTypeSyntax or TupleExpressionSyntax => "tuples need ValueTuple, which nanoFramework lacks",
        QueryExpressionSyntax => "LINQ is not available",
        InterpolatedStringExpressionSyntax => "string interpolation: use concatenation",
        StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax => "stackalloc needs Span<T>",
        AwaitExpressionSyntax => "await: nanoFramework has no Task",
        PointerTypeSyntax => "pointers are not supported",
        RefTypeSyntax => "ref returns and ref locals are not supported on nanoFramework",
        RangeExpressionSyntax => "ranges (..) need System.Range",
        PrefixUnaryExpressionSyntax p when p.IsKind(SyntaxKind.IndexExpression) => "^ indexing needs System.Index",
        ArrayRankSpecifierSyntax r when r.Rank > 1 => "multi-dimensional arrays are not supported: use jagged arrays",
        NullableTypeSyntax n when n.ElementType is PredefinedTypeSyntax p && !p.Keyword.IsKind(SyntaxKind.StringKeyword) && !p.Keyword.IsKind(SyntaxKind.ObjectKeyword)
            => "nullable value types need Nullable<T>, which nanoFramework lacks",
        StructDeclarationSyntax s when s.Modifiers.Any(m => m.IsKind(SyntaxKind.RefKeyword) || m.IsKind(SyntaxKind.ReadOnlyKeyword))
            => "readonly/ref structs rely on attributes nanoFramework's metadata processor does not handle",
        ParameterSyntax p when p.Modifiers.Any(m => m.IsKind(SyntaxKind.InKeyword)) => "'in' parameters need IsReadOnlyAttribute",
        AccessorDeclarationSyntax a when a.IsKind(SyntaxKind.InitAccessorDeclaration) => "init accessors need IsExternalInit",
        MethodDeclarationSyntax m when m.Parent is InterfaceDeclarationSyntax && (m.Body != null || m.ExpressionBody != null)
            => "default interface members are not supported",
        _ => null,
    };

    private static bool IsLanguageVersionError(Diagnostic d) =>
        d.GetMessage().Contains("C# 9.0", StringComparison.Ordinal) || d.GetMessage().Contains("language version", StringComparison.OrdinalIgnoreCase);

    private static string Where(string file, Location location) => file + "(" + (location.GetLineSpan().StartLinePosition.Line + 1) + "): ";
}
