using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CydShunt.Eng.PortableSubset;

/// <summary>
/// Finds static initialisation that only works where types are initialised lazily. nanoCLR runs every static
/// constructor (field initialisers included) eagerly at start-up, in metadata order, not on first use as desktop .NET
/// does: a type whose static initialisation reads another type's static fields may see them still null or zero.
/// The rule (docs/nanoframework-notes.md): what a type's static field initialisers and static constructor execute —
/// followed through every call, property, constructor and override they reach in our sources — reads no static field
/// of another of our types. Constants are compile-time values and always allowed; framework statics are initialised
/// before any application assembly and are not checked.
/// </summary>
public static class StaticInitialisationGuard
{
    private static readonly CSharpParseOptions CSharp9 = new(LanguageVersion.CSharp9);

    /// <summary>Checks the given files as one compilation; each violation names the type, the field read and the path to it.</summary>
    public static IReadOnlyList<string> CheckFiles(IEnumerable<string> files, string root)
    {
        List<SyntaxTree> trees = files
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), CSharp9, Path.GetRelativePath(root, f).Replace('\\', '/')))
            .ToList();
        return Check(trees);
    }

    /// <summary>Checks source texts (for the guard's own tests).</summary>
    public static IReadOnlyList<string> CheckSources(params string[] sources)
    {
        return Check(sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, CSharp9, "snippet" + i + ".cs")).ToList());
    }

    private static IReadOnlyList<string> Check(List<SyntaxTree> trees)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "static-initialisation-guard",
            trees,
            FrameworkReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        List<Diagnostic> errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            // A guard over code it cannot bind would pass by not seeing calls: refuse instead.
            throw new InvalidOperationException("The sources do not compile, so static initialisation cannot be checked:\n" + string.Join("\n", errors.Take(10)));
        }

        return new Walker(compilation).Run();
    }

    private static IEnumerable<MetadataReference> FrameworkReferences()
    {
        string paths = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return paths.Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p));
    }

    private sealed class Walker
    {
        private readonly CSharpCompilation _compilation;
        private readonly Dictionary<ISymbol, List<Read>> _readsByMember = new(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> _inProgress = new(SymbolEqualityComparer.Default);
        private readonly List<IMethodSymbol> _sourceMethods = [];

        public Walker(CSharpCompilation compilation)
        {
            _compilation = compilation;
            foreach (INamedTypeSymbol type in SourceTypes())
            {
                _sourceMethods.AddRange(type.GetMembers().OfType<IMethodSymbol>());
            }
        }

        public IReadOnlyList<string> Run()
        {
            List<string> violations = [];
            foreach (INamedTypeSymbol type in SourceTypes().OrderBy(t => t.ToDisplayString(), StringComparer.Ordinal))
            {
                foreach (Read read in StaticInitialisationReads(type))
                {
                    if (!SymbolEqualityComparer.Default.Equals(read.Field.ContainingType.OriginalDefinition, type.OriginalDefinition))
                    {
                        string where = read.Location.GetLineSpan().Path + "(" + (read.Location.GetLineSpan().StartLinePosition.Line + 1) + ")";
                        violations.Add(
                            type.ToDisplayString() + "'s static initialisation reads " + read.Field.ContainingType.ToDisplayString() + "." + read.Field.Name
                            + " at " + where + " (via " + string.Join(" → ", read.Path) + ")");
                    }
                }
            }

            return violations.Distinct().ToList();
        }

        private IEnumerable<INamedTypeSymbol> SourceTypes()
        {
            Stack<INamespaceOrTypeSymbol> pending = new();
            pending.Push(_compilation.Assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                INamespaceOrTypeSymbol current = pending.Pop();
                foreach (ISymbol member in current.GetMembers())
                {
                    if (member is INamespaceSymbol ns)
                    {
                        pending.Push(ns);
                    }
                    else if (member is INamedTypeSymbol type && type.Locations.Any(l => l.IsInSource))
                    {
                        yield return type;
                        pending.Push(type);
                    }
                }
            }
        }

        // Everything the type's static field/property initialisers and static constructor execute.
        private IEnumerable<Read> StaticInitialisationReads(INamedTypeSymbol type)
        {
            List<Read> reads = [];
            foreach (ISymbol member in type.GetMembers())
            {
                if (!member.IsStatic)
                {
                    continue;
                }

                foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
                {
                    SyntaxNode syntax = reference.GetSyntax();
                    SyntaxNode? body = syntax switch
                    {
                        VariableDeclaratorSyntax v when member is IFieldSymbol => v.Initializer?.Value,
                        PropertyDeclarationSyntax p => p.Initializer?.Value,
                        ConstructorDeclarationSyntax c when member is IMethodSymbol { MethodKind: MethodKind.StaticConstructor } => (SyntaxNode?)c.Body ?? c.ExpressionBody,
                        _ => null,
                    };
                    if (body != null)
                    {
                        reads.AddRange(ReadsIn(body, type.Name + "." + member.Name));
                    }
                }
            }

            return reads;
        }

        // Static fields of source types read by executing a node, followed through every member it calls.
        private IEnumerable<Read> ReadsIn(SyntaxNode body, string step)
        {
            SemanticModel model = _compilation.GetSemanticModel(body.SyntaxTree);
            List<Read> reads = [];
            foreach (SyntaxNode node in DescendantsExecutedNow(body))
            {
                ISymbol? symbol = node switch
                {
                    IdentifierNameSyntax or GenericNameSyntax => model.GetSymbolInfo(node).Symbol,
                    ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax => model.GetSymbolInfo(node).Symbol,
                    ConstructorInitializerSyntax => model.GetSymbolInfo(node).Symbol,
                    ElementAccessExpressionSyntax => model.GetSymbolInfo(node).Symbol, // indexers
                    BinaryExpressionSyntax or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => model.GetSymbolInfo(node).Symbol, // user operators
                    _ => null,
                };
                if (symbol == null || IsMethodGroupConversion(node, model))
                {
                    continue;
                }

                if (symbol is IFieldSymbol { IsStatic: true, IsConst: false } field && IsInSource(field))
                {
                    reads.Add(new Read(field, node.GetLocation(), [step]));
                }

                foreach (ISymbol callee in Callees(symbol))
                {
                    foreach (Read read in ReadsOfMember(callee))
                    {
                        reads.Add(read with { Path = [step, .. read.Path] });
                    }
                }
            }

            return reads;
        }

        private IEnumerable<ISymbol> Callees(ISymbol symbol)
        {
            switch (symbol)
            {
                case IMethodSymbol method when method.MethodKind is not MethodKind.LambdaMethod:
                    IMethodSymbol definition = method.OriginalDefinition;
                    if (IsInSource(definition))
                    {
                        yield return definition;
                        if (definition.MethodKind == MethodKind.Constructor)
                        {
                            yield return definition.ContainingType; // instance field initialisers
                        }
                    }

                    foreach (IMethodSymbol implementation in Implementations(definition))
                    {
                        yield return implementation;
                    }

                    break;
                case IPropertySymbol property:
                    foreach (IMethodSymbol? accessor in new[] { property.GetMethod, property.SetMethod })
                    {
                        if (accessor != null)
                        {
                            foreach (ISymbol callee in Callees(accessor))
                            {
                                yield return callee;
                            }
                        }
                    }

                    break;
            }
        }

        // Overrides and interface implementations in our sources: a virtual call may land in any of them.
        private IEnumerable<IMethodSymbol> Implementations(IMethodSymbol method)
        {
            if (!method.IsVirtual && !method.IsAbstract && !method.IsOverride && method.ContainingType.TypeKind != TypeKind.Interface)
            {
                yield break;
            }

            foreach (IMethodSymbol candidate in _sourceMethods)
            {
                for (IMethodSymbol? overridden = candidate.OverriddenMethod; overridden != null; overridden = overridden.OverriddenMethod)
                {
                    if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, method))
                    {
                        yield return candidate;
                        break;
                    }
                }

                if (method.ContainingType.TypeKind == TypeKind.Interface)
                {
                    ISymbol? implementation = candidate.ContainingType.FindImplementationForInterfaceMember(method);
                    if (SymbolEqualityComparer.Default.Equals(implementation, candidate))
                    {
                        yield return candidate;
                    }
                }
            }
        }

        private List<Read> ReadsOfMember(ISymbol member)
        {
            if (_readsByMember.TryGetValue(member, out List<Read>? known))
            {
                return known;
            }

            if (!_inProgress.Add(member))
            {
                return []; // recursion: the reads are collected by the outer visit
            }

            List<Read> reads = [];
            foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
            {
                SyntaxNode syntax = reference.GetSyntax();
                if (member is INamedTypeSymbol)
                {
                    // Instance field and property initialisers of a type, run by each of its constructors.
                    foreach (SyntaxNode initialiser in syntax.ChildNodes().Where(IsInstanceInitialiser))
                    {
                        reads.AddRange(ReadsIn(initialiser, member.Name + " field initialiser"));
                    }
                }
                else
                {
                    reads.AddRange(ReadsIn(syntax, member.ContainingType.Name + "." + member.Name));
                }
            }

            _inProgress.Remove(member);
            _readsByMember[member] = reads;
            return reads;
        }

        private static bool IsInstanceInitialiser(SyntaxNode node)
        {
            return node switch
            {
                FieldDeclarationSyntax f => !f.Modifiers.Any(SyntaxKind.StaticKeyword) && !f.Modifiers.Any(SyntaxKind.ConstKeyword),
                PropertyDeclarationSyntax p => !p.Modifiers.Any(SyntaxKind.StaticKeyword) && p.Initializer != null,
                _ => false,
            };
        }

        // Lambda and local-function bodies run later (when called), not as part of the expression that creates them.
        private static IEnumerable<SyntaxNode> DescendantsExecutedNow(SyntaxNode body)
        {
            // (A called local function is visited from its own declaration, the body of this walk.)
            return body.DescendantNodesAndSelf(n => (n == body && n is LocalFunctionStatementSyntax) || n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax));
        }

        // `Validator v = Method;` creates a delegate; the method runs later.
        private static bool IsMethodGroupConversion(SyntaxNode node, SemanticModel model)
        {
            if (node is not (IdentifierNameSyntax or GenericNameSyntax) || model.GetSymbolInfo(node).Symbol is not IMethodSymbol)
            {
                return false;
            }

            SyntaxNode outer = node.Parent is MemberAccessExpressionSyntax access && access.Name == node ? access : node;
            return outer.Parent is not InvocationExpressionSyntax invocation || invocation.Expression != outer;
        }

        private static bool IsInSource(ISymbol symbol)
        {
            return symbol.Locations.Any(l => l.IsInSource);
        }
    }

    private sealed record Read(IFieldSymbol Field, Location Location, string[] Path);
}
