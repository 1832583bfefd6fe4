using Cnam.Bot.Understanding;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cnam.Bot;

public static class UnderstandingExtensions
{
    /// <summary>
    /// Registers <see cref="IUtteranceRecognizer"/> (and <see cref="UtteranceRecognizer"/>, <see cref="Lexicon"/>) as
    /// singletons built on first use. <paramref name="ueCatalogue"/> gives the UE codes and titles of the knowledge base,
    /// so titles can be matched; without it only UE codes are recognised.
    /// </summary>
    public static IServiceCollection AddUnderstanding(
        this IServiceCollection services,
        Func<IServiceProvider, IEnumerable<(string Code, string Title)>>? ueCatalogue = null)
    {
        services.TryAddSingleton(_ => Lexicon.Default);
        services.TryAddSingleton(sp => new UtteranceRecognizer(
            sp.GetRequiredService<Lexicon>(),
            ueCatalogue?.Invoke(sp) ?? []));
        services.TryAddSingleton<IUtteranceRecognizer>(sp => sp.GetRequiredService<UtteranceRecognizer>());
        return services;
    }
}
